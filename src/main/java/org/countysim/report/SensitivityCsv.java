package org.countysim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.countysim.format.Cells;
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
                            Cells.num(b.lowValue()),
                            Cells.num(b.highValue()),
                            Cells.num(t.base().value()),
                            Cells.num(t.base().se()),
                            Cells.num(b.low().value()),
                            Cells.num(b.low().se()),
                            Cells.num(b.high().value()),
                            Cells.num(b.high().se()),
                            Cells.num(b.lowVsBase().value()),
                            Cells.num(b.lowVsBase().se()),
                            Cells.num(b.highVsBase().value()),
                            Cells.num(b.highVsBase().se()),
                            Cells.num(b.swing().value()),
                            Cells.num(b.swing().se()),
                            t.trials()));
                    if (given) {
                        row.addAll(List.of(
                                EVIDENCE, Cells.num(t.given().ess()), Cells.num(b.lowEss()), Cells.num(b.highEss())));
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
                    List<Object> row = new ArrayList<>(List.of(
                            r.output().id(),
                            i.factor().id(),
                            i.factor().kind().key(),
                            Cells.text(i.factor().labelZh()),
                            Cells.num(i.s1()),
                            Cells.num(i.s1Se()),
                            Cells.num(i.s1Lo()),
                            Cells.num(i.s1Hi()),
                            Cells.num(i.st()),
                            Cells.num(i.stSe()),
                            Cells.num(i.stLo()),
                            Cells.num(i.stHi()),
                            Cells.num(r.mean()),
                            Cells.num(r.variance()),
                            r.baseSamples(),
                            r.resamples(),
                            Cells.num(r.confidence())));
                    if (given) {
                        row.addAll(List.of(PRIOR, r.baseSamples()));
                    }
                    p.printRecord(row);
                }
            }
            if (given) {
                for (ConditionedIndices r : conditioned) {
                    for (SobolResult.Index i : r.indices()) {
                        p.printRecord(
                                r.output().id(),
                                i.factor().id(),
                                i.factor().kind().key(),
                                Cells.text(i.factor().labelZh()),
                                Cells.num(i.s1()),
                                Cells.num(i.s1Se()),
                                Cells.num(i.s1Lo()),
                                Cells.num(i.s1Hi()),
                                "",
                                "",
                                "",
                                "",
                                Cells.num(r.mean()),
                                Cells.num(r.variance()),
                                r.trials(),
                                "",
                                Cells.num(0.95),
                                EVIDENCE,
                                Cells.num(r.ess()));
                    }
                }
            }
        }
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
                            Cells.num(r.probability()),
                            rank++,
                            i.factor().id(),
                            Cells.text(i.factor().labelZh()),
                            Cells.num(i.s1()),
                            Cells.num(i.s1Lo()),
                            Cells.num(i.s1Hi()),
                            Cells.num(i.st())));
                    if (given) {
                        row.addAll(List.of(EVIDENCE, Cells.num(voi.given().ess())));
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
                        Cells.num(b.coverage()),
                        Cells.num(b.density()),
                        Cells.num(b.mass()),
                        b.restrictedCount(),
                        s == r.chosenStep() ? 1 : 0));
                if (given) {
                    row.addAll(List.of(EVIDENCE, Cells.num(b.ess())));
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
                        Cells.num(b.coverage()),
                        Cells.num(b.density()),
                        Cells.num(b.mass()),
                        Cells.text(SensitivityText.limit(f, b.lower()[j], b.upper()[j], true))));
                if (given) {
                    row.addAll(List.of(EVIDENCE, Cells.num(b.ess())));
                }
                p.printRecord(row);
            }
        }
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "" : Cells.num(v);
    }
}
