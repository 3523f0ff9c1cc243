package org.countysim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.countysim.app.Progress;

/**
 * A progress bar with trials/s and the time left, on stderr, shown only once a run has taken a second (short
 * runs stay quiet) and only when stderr is a terminal.
 */
final class TerminalProgress implements Progress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private long target;

    /** Set by bin/countysim from {@code [ -t 2 ]}: whether stderr, where the bar goes, is a terminal. */
    static final String STDERR_TERMINAL = "countysim.stderr.terminal";

    static Progress forTerminal(boolean quiet) {
        boolean terminal = stderrIsTerminal(System.getProperty(STDERR_TERMINAL), System.console() != null);
        return quiet || !terminal ? Progress.NONE : new TerminalProgress();
    }

    /**
     * Java cannot ask whether stderr is a terminal: System.console() answers for stdin and stdout, so
     * {@code run > out.txt} at a terminal would lose the bar. The launcher knows ({@code [ -t 2 ]}) and says so;
     * without it (java -jar), the console is the best guess.
     */
    static boolean stderrIsTerminal(String launcherSays, boolean console) {
        return launcherSays == null || launcherSays.isBlank() ? console : Boolean.parseBoolean(launcherSays);
    }

    @Override
    public void target(long trials) {
        target = trials;
        if (bar != null) {
            bar.maxHint(trials);
        }
    }

    @Override
    public void done(long trials) {
        if (bar == null && System.nanoTime() - started > QUIET_NANOS && trials < target) {
            bar = new ProgressBarBuilder()
                    .setTaskName("trials")
                    .setInitialMax(target)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .showSpeed(new java.text.DecimalFormat("#,##0"))
                    // the bar appears after a quiet second: count speed and ETA from the run's start
                    .startsFrom(trials, java.time.Duration.ofNanos(System.nanoTime() - started))
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
        if (bar != null) {
            bar.stepTo(trials);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
