package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.format.Cells;
import org.countysim.model.TrialOutput;
import org.countysim.result.ConditionedIndices;
import org.countysim.result.Factor;
import org.countysim.result.PrimResult;
import org.countysim.result.SobolResult;
import org.countysim.result.TornadoResult;
import org.countysim.result.ValueOfInformation;

/** The CSVs of a sensitivity run, tidy (one row per metric and factor) so pandas and R read them as they are. */
public final class SensitivityCsv {
    private SensitivityCsv() {}

    /** One row per metric and factor: the arms' levels, their differences from the base and the swing, paired SEs. */
    public static void tornado(Path file, List<TornadoResult> all, boolean bom) throws IOException {
        boolean given = !all.isEmpty() && all.get(0).given() != null;
        try (CSVPrinter p = CsvFiles.open(
                file,
                bom,
                withEvidence(
                        given,
                        List.of("conditioning", "ess", "low_ess", "high_ess"),
                        "metric",
                        "rank",
                        "factor",
                        "kind",
                        "label",
                        "low_value",
                        "high_value",
                        "base",
                        "base_se",
                        "low",
                        "low_se",
                        "high",
                        "high_se",
                        "low_minus_base",
                        "low_minus_base_se",
                        "high_minus_base",
                        "high_minus_base_se",
                        "swing",
                        "swing_se",
                        "trials"))) {
            for (TornadoResult t : all) {
                int rank = 1;
                for (TornadoResult.Bar b : t.bars()) {
                    Factor f = b.factor();
                    List<Object> row = new ArrayList<>(List.of(
                            t.metric().id(),
                            rank++,
                            f.id(),
                            f.kind().key(),
                            Cells.text(f.labelZh()),
                            num(b.lowValue()),
                            num(b.highValue()),
                            num(t.base().value()),
                            num(t.base().se()),
                            num(b.low().value()),
                            num(b.low().se()),
                            num(b.high().value()),
                            num(b.high().se()),
                            num(b.lowVsBase().value()),
                            num(b.lowVsBase().se()),
                            num(b.highVsBase().value()),
                            num(b.highVsBase().se()),
                            num(b.swing().value()),
                            num(b.swing().se()),
                            t.trials()));
                    if (given) {
                        row.addAll(List.of(EVIDENCE, num(t.given().ess()), num(b.lowEss()), num(b.highEss())));
                    }
                    p.printRecord(row);
                }
            }
        }
    }

    /** The {@code conditioning} of a result given the evidence (model.md §11), and of the Saltelli design's. */
    static final String EVIDENCE = "evidence";

    static final String PRIOR = "prior";

    /** The header, with the evidence's columns at the end when the results are conditioned on it. */
    private static List<String> withEvidence(boolean given, List<String> extra, String... columns) {
        List<String> out = new ArrayList<>(List.of(columns));
        if (given) {
            out.addAll(extra);
        }
        return out;
    }

    /** One row per output and factor: S1 and ST with bootstrap SE and percentile interval. */
    public static void sobol(Path file, List<SobolResult> all, boolean bom) throws IOException {
        sobol(file, all, null, bom);
    }

    /**
     * With evidence ({@code conditioned} not null), two more columns: {@code conditioning} ({@code prior} for the
     * Saltelli design's rows, {@code evidence} for the first-order indices given the evidence, which follow them, with
     * a normal interval and no total index) and {@code ess}.
     */
    public static void sobol(Path file, List<SobolResult> all, List<ConditionedIndices> conditioned, boolean bom)
            throws IOException {
        boolean given = conditioned != null;
        try (CSVPrinter p = CsvFiles.open(
                file,
                bom,
                withEvidence(
                        given,
                        List.of("conditioning", "ess"),
                        "output",
                        "factor",
                        "kind",
                        "label",
                        "s1",
                        "s1_se",
                        "s1_lo",
                        "s1_hi",
                        "st",
                        "st_se",
                        "st_lo",
                        "st_hi",
                        "output_mean",
                        "output_variance",
                        "base_samples",
                        "resamples",
                        "confidence"))) {
            for (SobolResult r : all) {
                for (SobolResult.Index i : r.indices()) {
                    List<Object> row = firstOrderCells(r.output(), i);
                    row.addAll(List.of(
                            num(i.st()),
                            num(i.stSe()),
                            num(i.stLo()),
                            num(i.stHi()),
                            num(r.mean()),
                            num(r.variance()),
                            r.baseSamples(),
                            r.resamples(),
                            num(r.confidence())));
                    if (given) {
                        row.addAll(List.of(PRIOR, r.baseSamples()));
                    }
                    p.printRecord(row);
                }
            }
            if (given) {
                for (ConditionedIndices r : conditioned) {
                    for (SobolResult.Index i : r.indices()) {
                        List<Object> row = firstOrderCells(r.output(), i);
                        row.addAll(List.of(
                                "",
                                "",
                                "",
                                "",
                                num(r.mean()),
                                num(r.variance()),
                                r.trials(),
                                "",
                                num(ConditionedIndices.CONFIDENCE),
                                EVIDENCE,
                                num(r.ess())));
                        p.printRecord(row);
                    }
                }
            }
        }
    }

    /** A Sobol row's first cells: the output, the factor and its first-order index with its SE and interval. */
    private static List<Object> firstOrderCells(TrialOutput output, SobolResult.Index i) {
        return new ArrayList<>(List.of(
                output.id(),
                i.factor().id(),
                i.factor().kind().key(),
                Cells.text(i.factor().labelZh()),
                num(i.s1()),
                num(i.s1Se()),
                num(i.s1Lo()),
                num(i.s1Hi())));
    }

    /** One row per target and banded baseline, by first-order index. */
    public static void voi(Path file, ValueOfInformation voi, boolean bom) throws IOException {
        boolean given = voi.given() != null;
        try (CSVPrinter p = CsvFiles.open(
                file,
                bom,
                withEvidence(
                        given,
                        List.of("conditioning", "ess"),
                        "output",
                        "p_output",
                        "rank",
                        "factor",
                        "label",
                        "share_settled",
                        "share_settled_lo",
                        "share_settled_hi",
                        "st"))) {
            for (ValueOfInformation.Ranking r : voi.rankings()) {
                int rank = 1;
                for (SobolResult.Index i : r.baselines()) {
                    List<Object> row = new ArrayList<>(List.of(
                            r.output().id(),
                            num(r.probability()),
                            rank++,
                            i.factor().id(),
                            Cells.text(i.factor().labelZh()),
                            num(i.s1()),
                            num(i.s1Lo()),
                            num(i.s1Hi()),
                            num(i.st())));
                    if (given) {
                        row.addAll(List.of(EVIDENCE, num(voi.given().ess())));
                    }
                    p.printRecord(row);
                }
            }
        }
    }

    /** prim.csv: the peeling trajectory, one row per box; prim_box.csv: the chosen box's limits. */
    public static void prim(Path trajectory, Path box, PrimResult r, boolean bom) throws IOException {
        boolean given = r.given() != null;
        try (CSVPrinter p = CsvFiles.open(
                trajectory,
                bom,
                withEvidence(
                        given,
                        List.of("conditioning", "ess"),
                        "step",
                        "trials",
                        "hits",
                        "coverage",
                        "density",
                        "mass",
                        "restricted",
                        "chosen"))) {
            for (int s = 0; s < r.trajectory().size(); s++) {
                PrimResult.Box b = r.trajectory().get(s);
                List<Object> row = new ArrayList<>(List.of(
                        s,
                        b.trials(),
                        b.hits(),
                        num(b.coverage()),
                        num(b.density()),
                        num(b.mass()),
                        b.restrictedCount(),
                        s == r.chosenStep() ? 1 : 0));
                if (given) {
                    row.addAll(List.of(EVIDENCE, num(b.ess())));
                }
                p.printRecord(row);
            }
        }
        List<String> header = withEvidence(
                given,
                List.of("conditioning", "box_ess"),
                "condition",
                "factor",
                "label",
                "lower",
                "upper",
                "box_trials",
                "box_hits",
                "coverage",
                "density",
                "mass",
                "rule");
        try (CSVPrinter p = CsvFiles.open(box, bom, header)) {
            PrimResult.Box b = r.chosen();
            for (int j = 0; j < r.factors().size(); j++) {
                if (!b.restricts(j)) {
                    continue;
                }
                Factor f = r.factors().get(j);
                List<Object> row = new ArrayList<>(List.of(
                        r.condition(),
                        f.id(),
                        Cells.text(f.labelZh()),
                        bound(b.lower()[j]),
                        bound(b.upper()[j]),
                        b.trials(),
                        b.hits(),
                        num(b.coverage()),
                        num(b.density()),
                        num(b.mass()),
                        Cells.text(SensitivityText.limit(f, b.lower()[j], b.upper()[j], true))));
                if (given) {
                    row.addAll(List.of(EVIDENCE, num(b.ess())));
                }
                p.printRecord(row);
            }
        }
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "" : num(v);
    }

    /**
     * A number of the sensitivity CSVs: Cells' plain notation (8 significant digits), and 0 for anything below
     * 10^-12 in magnitude (a weighted share the evidence all but rules out: 1e-20, not twenty zeros and digits).
     */
    static String num(double v) {
        return Math.abs(v) < 1e-12 ? "0" : Cells.num(v);
    }
}
