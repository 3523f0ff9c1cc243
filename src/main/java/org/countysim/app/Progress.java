package org.countysim.app;

/** Progress of a long run; the CLI shows it on a terminal, tests and pipes get {@link #NONE}. */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        public void target(long trials) {}

        public void done(long trials) {}

        public void close() {}
    };

    /** The number of trials now planned (it may grow under --precision). */
    void target(long trials);

    void done(long trials);

    @Override
    void close();
}
