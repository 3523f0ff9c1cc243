package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.countysim.app.Progress;
import org.junit.jupiter.api.Test;

/** The progress bar never shows with --quiet, nor when stderr is not a terminal (pipes, CI, these tests). */
class TerminalProgressTest {
    @Test
    void silentWhenQuietOrPiped() {
        assertSame(Progress.NONE, TerminalProgress.forTerminal(true));
        if (System.console() == null) {
            assertSame(Progress.NONE, TerminalProgress.forTerminal(false));
        }
    }
}
