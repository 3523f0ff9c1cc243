package org.countysim.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads small text inputs strictly (malformed bytes are an error, not replacement characters). */
public final class TextFiles {
    /** Inputs larger than this are refused: a county table or a scenario is kilobytes. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    public static byte[] readBytes(Path file, String what) {
        try {
            if (Files.isDirectory(file)) {
                throw new DataException(what + " " + file + " is a directory, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new DataException(what + " " + file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw new DataException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    /** Decodes bytes in the given charset (UTF-8 by default), dropping a leading byte-order mark. */
    public static String decode(byte[] bytes, Charset charset, Path file) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? " (a file saved by Excel in Chinese Windows is often GBK: save it as UTF-8)" : "";
            throw new DataException(file + ": not valid " + charset.name() + " text" + hint);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
