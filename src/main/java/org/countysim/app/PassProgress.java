package org.countysim.app;

/**
 * One progress bar over a command that runs the engine several times (solve: a grid pass, then bisection
 * steps). Its unit is trials of one variant: a pass of v variants and N trials counts v·N, as it costs about
 * that much. The planned total grows as passes are added.
 */
final class PassProgress {
    private final Progress bar;
    private long offset;
    private long planned;

    PassProgress(Progress bar) {
        this.bar = bar;
    }

    /**
     * The progress of the next pass.
     *
     * @param variants  how many variants the pass runs side by side
     * @param laterRuns how many single-variant passes of the same trials are expected after it
     */
    Progress pass(int variants, int laterRuns) {
        return new Progress() {
            private long target;

            @Override
            public void target(long trials) {
                target = trials;
                planned = Math.max(planned, offset + (variants + (long) laterRuns) * trials);
                bar.target(planned);
            }

            @Override
            public void done(long trials) {
                bar.done(offset + variants * trials);
            }

            @Override
            public void close() {
                offset += variants * target;
            }
        };
    }

    /** Ends the bar at what was actually run (the plan was an estimate). */
    void close() {
        if (offset > 0) {
            bar.target(offset);
            bar.done(offset);
        }
        bar.close();
    }
}
