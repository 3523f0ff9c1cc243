package org.countysim.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.countysim.engine.TrialObserver;
import org.countysim.engine.TrialView;
import org.countysim.model.MetricSet;
import org.countysim.model.TrialOutput;
import org.countysim.result.Factor;

/**
 * Streams every trial of a one-variant run to CSV (gzip when the name ends in .gz), in trial order: the trial
 * number, each factor's value (the mean of its values when it has several; the shocks group has none), every
 * per-trial output and, when the scenario has evidence (model.md §11), the trial's likelihood weight ({@code weight}:
 * exp(Σ log L) as the run tallies it, at most 1; a weighted mean is Σ weight·x / Σ weight). A worker formats its block into a buffer and hands it over when the block is done; blocks are
 * written in order, and a worker whose block is far ahead of the next one to write waits, so memory stays flat
 * in the number of trials (about {@link #AHEAD} blocks of text wait at most).
 */
final class TrialExport implements TrialObserver, AutoCloseable {
    static final int AHEAD = 16;
    private final Writer out;
    private final List<TrialOutput> outputs;
    private final int[][] positions;
    private final int units;
    private final int metrics;
    private final boolean weighted;
    private final Map<Long, StringBuilder> pending = new HashMap<>();
    private final ThreadLocal<StringBuilder> current = ThreadLocal.withInitial(StringBuilder::new);
    private long next;
    private IOException failure;

    TrialExport(
            Path file,
            List<Factor> factors,
            int[][] positions,
            List<TrialOutput> outputs,
            int units,
            int bands,
            boolean weighted)
            throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw, 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED); // the export is written once and read once
                }
            };
        }
        this.out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
        this.outputs = List.copyOf(outputs);
        this.positions = positions;
        this.units = units;
        this.metrics = MetricSet.size(bands);
        this.weighted = weighted;
        StringBuilder header = new StringBuilder("trial");
        factors.forEach(f -> header.append(',').append(Csv.quote(f.id())));
        outputs.forEach(o -> header.append(',').append(o.id()));
        if (weighted) {
            header.append(",weight");
        }
        out.write(header.append('\n').toString());
    }

    @Override
    public void observe(long firstTrial, int rows, TrialView view) {
        StringBuilder b = current.get();
        double[] m = new double[metrics];
        double[] gdp = new double[units];
        for (int r = 0; r < rows; r++) {
            b.append(firstTrial + r);
            for (double v : TrialCollector.factorValues(view, positions, r)) {
                b.append(',').append(number(v));
            }
            view.metrics(0, r, m);
            for (int c = 0; c < units; c++) {
                gdp[c] = view.horizonGdp(0, c, r);
            }
            for (TrialOutput o : outputs) {
                b.append(',').append(number(o.value(m, gdp)));
            }
            if (weighted) {
                b.append(',').append(number(view.weight(0, r)));
            }
            b.append('\n');
        }
    }

    @Override
    public void blockDone(long block) {
        StringBuilder text = current.get();
        current.remove();
        submit(block, text);
    }

    private synchronized void submit(long block, StringBuilder text) {
        // the worker of block `next` never waits, so this ends; the cap keeps a failed run (a block never handed
        // over) from hanging
        for (int waits = 0; block - next > AHEAD && failure == null && waits < 100; waits++) {
            try {
                wait(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while exporting trials", e);
            }
        }
        pending.put(block, text);
        for (StringBuilder ready = pending.remove(next); ready != null; ready = pending.remove(next)) {
            try {
                out.append(ready);
            } catch (IOException e) {
                failure = e;
            }
            next++;
        }
        notifyAll();
    }

    /**
     * Whole numbers without a decimal point, others to 7 significant digits (0.04125632, 893.0105): far finer than
     * anything the model knows, and a third of the bytes of a double's 17 digits to format and compress. Always plain
     * notation: below 10^-9 in magnitude (a weight the evidence all but rules out) is 0.
     */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            return Double.toString(v);
        }
        if (a < 1e-9) {
            return "0"; // a likelihood weight of 1e-27 weighs nothing; plain notation stays short
        }
        if (!(a < 1e12)) {
            return new java.math.BigDecimal(v)
                    .round(new java.math.MathContext(7))
                    .toPlainString();
        }
        int decimals = Math.max(0, 6 - (int) Math.floor(Math.log10(a)));
        long scaled = Math.round(a * POWERS[decimals]);
        String digits = Long.toString(scaled);
        if (decimals > 0) {
            if (digits.length() <= decimals) {
                digits = "0".repeat(decimals - digits.length() + 1) + digits;
            }
            int point = digits.length() - decimals;
            int end = digits.length();
            while (end > point && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, point) + (end > point ? "." + digits.substring(point, end) : "");
        }
        return v < 0 ? "-" + digits : digits;
    }

    private static final double[] POWERS = new double[16];

    static {
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = Math.pow(10, i);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
        if (failure != null) {
            throw new UncheckedIOException("cannot write the trials: " + failure.getMessage(), failure);
        }
    }

    /** CSV quoting for ids that hold a comma or a quote (none do today; the ids come from scenario keys). */
    static final class Csv {
        static String quote(String s) {
            return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }
}
