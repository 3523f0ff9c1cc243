package org.countysim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The launcher's [ -t 2 ] decides when given; System.console() (stdin and stdout) only without it. */
    @Test
    void theLauncherSaysWhetherStderrIsATerminal() {
        assertTrue(TerminalProgress.stderrIsTerminal("true", false), "stdout redirected, stderr at a terminal");
        assertFalse(TerminalProgress.stderrIsTerminal("false", true), "stderr piped");
        assertTrue(TerminalProgress.stderrIsTerminal(null, true));
        assertFalse(TerminalProgress.stderrIsTerminal(null, false));
    }
}
