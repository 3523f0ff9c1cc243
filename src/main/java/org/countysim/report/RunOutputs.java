package org.countysim.report;

/**
 * The files of a run's result folder, named once: the pipeline writes them under these names, the report links
 * them, the help text lists them (a compile-time constant, as annotations need) and CI checks what the folder's
 * marker lists.
 */
public final class RunOutputs {
    public static final String SUMMARY = "summary.csv";
    public static final String TIER_DISTRIBUTION = "tier_distribution.csv";
    public static final String COUNTIES = "counties.csv";
    public static final String CITY = "city.csv";
    public static final String CONTRIBUTIONS = "contributions.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String REPORT = "report.html";
    public static final String TIERS_CHART = "tiers.png";
    public static final String BASELINES_CHART = "baselines.png";
    public static final String FANS_CHART = "fans.png";
    public static final String COUNTY_TIERS_CHART = "county_tiers.png";
    public static final String CONTRIBUTIONS_CHART = "contributions.png";

    /** For --help: every file, and when it is written. */
    public static final String HELP = SUMMARY + ", " + TIER_DISTRIBUTION + ", " + COUNTIES + ", " + CITY + ", "
            + CONTRIBUTIONS + " (with interventions), " + MANIFEST + ", " + REPORT + " and the charts " + TIERS_CHART
            + ", " + FANS_CHART + ", " + COUNTY_TIERS_CHART + ", " + CONTRIBUTIONS_CHART + " (with interventions), "
            + BASELINES_CHART + " (with evidence)";

    private RunOutputs() {}
}
