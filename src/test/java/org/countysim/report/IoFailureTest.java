package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** An I/O failure says why in words, from the exception's type or the system's reason. */
class IoFailureTest {
    @Test
    void reasonsInWords() {
        assertEquals("no such file or directory", IoFailure.reason(new NoSuchFileException("/proc/.cx.tmp-1")));
        assertEquals("permission denied", IoFailure.reason(new AccessDeniedException("/root/x")));
        assertEquals(
                "read-only file system",
                IoFailure.reason(new FileSystemException("/mnt/x", null, "Read-only file system")));
        assertEquals("disk full", IoFailure.reason(new IOException("disk full")));
    }

    @Test
    void describeNamesTheFile() {
        assertEquals("/root/x: permission denied", IoFailure.describe(new AccessDeniedException("/root/x")));
    }
}
