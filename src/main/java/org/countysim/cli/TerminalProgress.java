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

    static Progress forTerminal(boolean quiet) {
        return quiet || System.console() == null ? Progress.NONE : new TerminalProgress();
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
