package org.countysim.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A run with {@code --set} overrides is a what-if: named by its overrides, never written over the scenario's own result. */
public final class WhatIf {
    private WhatIf() {}

    /**
     * "" without overrides, else {@code --} and the first 8 hex digits of the SHA-256 of the overrides joined by
     * newlines in the order given (the same overrides always give the same folder).
     */
    public static String folderSuffix(List<String> overrides) {
        if (overrides.isEmpty()) {
            return "";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", overrides).getBytes(StandardCharsets.UTF_8));
            return "--" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
