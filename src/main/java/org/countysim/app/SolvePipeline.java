package org.countysim.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.countysim.CountySimException;
import org.countysim.format.Cells;
import org.countysim.report.ManifestWriter;
import org.countysim.report.OutputFolder;
import org.countysim.report.VariantCsv;
import org.countysim.result.Summary;
import org.countysim.result.VariantResult;
import org.countysim.scenario.CompiledScenario;
import org.countysim.scenario.Overrides;
import org.countysim.scenario.Scenario;
import org.countysim.scenario.WholeNumberFields;
import org.countysim.scenario.YNode;

/**
 * {@code countysim solve}: the smallest value of one parameter at which a metric meets its target. The range is
 * scanned on a grid, then every bracket where the metric crosses the target is bisected ({@link SolveSearch});
 * every evaluation uses the same seed and trials (common random numbers).
 */
public final class SolvePipeline {
    /** The grid's default size: 10 intervals, each then bisected about 6 times to reach (hi − lo)/512. */
    public static final int DEFAULT_GRID = 11;

    public static final int MAX_GRID = 101;

    private SolvePipeline() {}

    /**
     * @param integer whether the parameter takes whole values; null: the scenario's fields decide
     *                ({@link WholeNumberFields})
     */
    public record Request(
            Path scenario,
            String path,
            String target,
            Double lo,
            Double hi,
            Double tolerance,
            int grid,
            Boolean integer) {}

    /**
     * @param search   the grid, every evaluation, every crossing, the answer (null: not reachable) and the best point
     * @param warnings where the answer needs a second look (several crossings, --precision not reached)
     */
    public record Outcome(
            String scenario,
            String path,
            boolean integer,
            SolveTarget target,
            double lo,
            double hi,
            double tolerance,
            long trials,
            long seed,
            SolveSearch.Result search,
            Path outDir,
            List<String> warnings,
            List<String> overrides,
            Map<Double, Long> resolutions) {
        public boolean reachable() {
            return search.solution() != null;
        }

        /**
         * The trials a probability of 0 or 1 at this value is bounded by ("< 1/N"): the trials, or with evidence
         * that evaluation's effective sample size rounded down, as run and compare print it.
         */
        public long resolution(double x) {
            return resolutions.getOrDefault(x, trials);
        }
    }

    public static Outcome run(Request q, Options o, Sampling sampling) {
        if (q.grid() < 3 || q.grid() > MAX_GRID) {
            throw new CountySimException(
                    "--grid is the number of grid points, from 3 to " + MAX_GRID + ", got " + q.grid());
        }
        ParamGrid.checkSweepable(q.path());
        ScenarioVariants scenario = new ScenarioVariants(q.scenario(), o);
        YNode node = Overrides.existing(scenario.document(), q.path());
        CompiledScenario base = scenario.base();
        SolveTarget target = SolveTarget.parse(q.target(), VariantRunner.metrics(base));
        if (sampling.precision() != null && !target.isProbability()) {
            throw new CountySimException("--precision bounds the standard error of a probability; "
                    + target.metric().id() + " is not one: give --trials instead");
        }
        boolean integer = q.integer() != null ? q.integer() : WholeNumberFields.contains(q.path());
        double low = q.lo() != null ? q.lo() : 0;
        double high = q.hi() != null ? q.hi() : defaultHigh(node, q.path());
        if (!(high > low)) {
            throw new CountySimException(
                    "solve: empty range [" + Cells.num(low) + ", " + Cells.num(high) + "]; give --lo below --hi");
        }
        // a count is answered exactly (a bracket of neighbouring whole numbers): a few more steps than (hi − lo)/512
        double tol = q.tolerance() != null ? q.tolerance() : integer ? 1 : (high - low) / 512;
        if (!(tol > 0)) {
            throw new CountySimException("--tolerance must be positive, got " + tol);
        }
        OutputFolder outFolder = OutputFolder.check(outDir(q, o, base.scenario()), Inputs.files(base));
        PassProgress progress = new PassProgress(sampling.progress());
        Evaluator f = new Evaluator(q, o, sampling, target, scenario, base, progress);
        SolveSearch.Result result;
        try {
            result = new SolveSearch(f, target, integer).run(low, high, q.grid(), tol);
        } finally {
            progress.close();
        }
        List<String> warnings = new ArrayList<>(f.warnings);
        if (f.lowestEss != null) {
            // one line for every evaluation: the lowest effective sample size met
            warnings.addAll(VariantRunner.essWarnings(f.lowestEss));
        }
        warnings.addAll(crossingWarnings(result, q.path()));
        Outcome outcome = new Outcome(
                base.scenario().name(),
                q.path(),
                integer,
                target,
                low,
                high,
                tol,
                f.trials,
                base.scenario().seed(),
                result,
                outFolder.path(),
                warnings,
                o.overrides(),
                Map.copyOf(f.resolutions));
        outFolder.write(folder -> {
            VariantCsv.writeSolve(
                    folder.resolve("solve.csv"),
                    q.path(),
                    target.metric().id(),
                    result.evaluations(),
                    result.grid(),
                    target::reached,
                    o.excelBom());
            ManifestWriter.write(
                    folder.resolve("manifest.json"),
                    VariantManifest.of(
                            "solve",
                            List.of(base),
                            o.overrides(),
                            base.scenario().seed(),
                            f.trials));
        });
        return outcome;
    }

    /** {@code --out}, else {@code out/<name>-solve--<hash of the parameter, target and overrides>}. */
    private static Path outDir(Request q, Options o, Scenario sc) {
        if (o.outDir() != null) {
            return o.outDir();
        }
        List<String> identity = new ArrayList<>(o.overrides());
        identity.add("--param " + q.path());
        identity.add("--target " + q.target());
        return Path.of("out", sc.name() + "-solve" + WhatIf.folderSuffix(identity));
    }

    private static double defaultHigh(YNode node, String path) {
        if (node instanceof YNode.YScalar s) {
            try {
                double v = Double.parseDouble(s.value());
                return v > 0 ? 4 * v : 1;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new CountySimException(path + " is not a plain number in the scenario: give --hi (and --lo)");
    }

    /** A metric that crosses its target more than once is not monotone: the answer alone would mislead. */
    static List<String> crossingWarnings(SolveSearch.Result r, String path) {
        if (r.crossings().size() < 2) {
            return List.of();
        }
        String where = r.crossings().stream()
                .map(c -> (c.rising() ? "met from " : "missed again from ") + Cells.num(c.to().x()))
                .collect(Collectors.joining(", "));
        return List.of(String.format(
                Locale.ROOT,
                "the metric is not monotone in %s: it crosses the target %d times"
                        + " (%s); the answer is the smallest value that meets it",
                path,
                r.crossings().size(),
                where));
    }

    /** Runs the scenario with the parameter set to each value, side by side; the first pass fixes the trials. */
    private static final class Evaluator implements SolveSearch.Evaluator {
        private final Request q;
        private final Options o;
        private final SolveTarget target;
        private final PassProgress progress;
        private final long seed;
        private Sampling sampling;
        private long trials;
        private boolean grid = true;
        private final List<String> warnings = new ArrayList<>();
        /** With evidence: the evaluation with the lowest effective sample size, alone. */
        private VariantResult lowestEss;
        /** Per evaluated value, the bound of its probabilities of 0 or 1 (VariantResult.resolution). */
        private final Map<Double, Long> resolutions = new HashMap<>();

        private final ScenarioVariants scenario;

        Evaluator(
                Request q,
                Options o,
                Sampling sampling,
                SolveTarget target,
                ScenarioVariants scenario,
                CompiledScenario base,
                PassProgress progress) {
            this.scenario = scenario;
            this.q = q;
            this.o = o;
            this.sampling = sampling;
            this.target = target;
            this.progress = progress;
            this.seed = base.scenario().seed();
            this.trials = base.scenario().trials();
        }

        @Override
        public List<Summary.Estimate> at(List<Double> xs) {
            List<CompiledScenario> variants = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (double x : xs) {
                variants.add(scenario.at(java.util.Map.of(q.path(), x), trials, seed));
                names.add(ParamGrid.assignment(q.path(), x));
            }
            // the grid pass plans for about 8 bisection steps after it (one crossing, the usual case); the
            // steps themselves plan nothing more, the bar's total grows if they outrun the plan
            Sampling pass =
                    new Sampling(sampling.precision(), sampling.maxTrials(), progress.pass(xs.size(), grid ? 8 : 0));
            grid = false;
            int j = target.metric().position();
            VariantRunner.Run run =
                    VariantRunner.run(variants, names, false, trials, seed, o.runner(), pass, r -> largestSe(r, j));
            List<String> ess = run.result().weighted() ? VariantRunner.essWarnings(run.result()) : List.of();
            VariantRunner.warnings(run, sampling).stream()
                    .filter(w -> !warnings.contains(w) && !ess.contains(w))
                    .forEach(warnings::add);
            keepLowestEss(run.result());
            // the grid pass settles the trials (under --precision); every later evaluation runs exactly as many
            trials = run.result().trials();
            sampling = new Sampling(null, sampling.maxTrials(), sampling.progress());
            VariantResult r = run.result();
            List<Summary.Estimate> out = new ArrayList<>();
            for (int v = 0; v < xs.size(); v++) {
                out.add(r.values()[v][j]);
                resolutions.put(xs.get(v), r.resolution(v));
            }
            return out;
        }

        private void keepLowestEss(VariantResult r) {
            if (!r.weighted()) {
                return;
            }
            int v = 0;
            for (int i = 1; i < r.ess().length; i++) {
                v = r.ess()[i] < r.ess()[v] ? i : v;
            }
            if (lowestEss == null || r.ess()[v] < lowestEss.ess()[0]) {
                lowestEss = new VariantResult(
                        List.of(r.variants().get(v)),
                        r.metrics(),
                        new Summary.Estimate[][] {r.values()[v]},
                        new Summary.Estimate[][] {r.differences()[v]},
                        r.trials(),
                        new double[] {r.ess()[v]},
                        false);
            }
        }

        /** Under --precision, the target metric's standard error at every grid point counts. */
        private static double largestSe(VariantResult r, int j) {
            double worst = 0;
            for (Summary.Estimate[] row : r.values()) {
                worst = Math.max(worst, row[j].se());
            }
            return worst;
        }
    }
}
