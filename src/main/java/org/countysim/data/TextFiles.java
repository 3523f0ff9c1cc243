package org.countysim.data;

import java.io.IOException;
import java.io.InputStream;
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
    private TextFiles() {}

    /**
     * The file's bytes, refusing more than {@code maxBytes}. Reads at most maxBytes + 1 bytes whatever the file
     * is, so a device such as /dev/zero, a pipe or a huge file is refused without being loaded first.
     */
    public static byte[] readBytes(Path file, String what, int maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new DataException(what + " " + file + " is a directory, not a file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw tooLarge(file, what, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw tooLarge(file, what, maxBytes);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new DataException(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw new DataException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    private static DataException tooLarge(Path file, String what, int maxBytes) {
        return new DataException(what + " " + file + " is larger than " + mebibytes(maxBytes) + " MiB, the limit for a "
                + what + (Files.isRegularFile(file) ? "" : " (and it is not a regular file)"));
    }

    private static String mebibytes(int bytes) {
        return java.math.BigDecimal.valueOf(bytes / (1024.0 * 1024))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Decodes bytes in the given charset (UTF-8 by default), dropping a leading byte-order mark. */
    public static String decode(byte[] bytes, Charset charset, Path file) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? " (a file saved by Excel in Chinese Windows is often GBK: save it as UTF-8)"
                    : "";
            throw new DataException(file + ": not valid " + charset.name() + " text" + hint);
        }
    }

    /** GB18030 is a superset of GBK and GB2312: what Excel on Chinese Windows writes as "ANSI". */
    public static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Decodes with the named encoding, or with "auto": UTF-8 (with or without byte-order mark) when the bytes
     * are valid UTF-8, else GB18030 when they are valid GB18030. Returns the text and the encoding used.
     */
    public static Decoded decode(byte[] bytes, String encoding, Path file) {
        if (encoding == null || encoding.equalsIgnoreCase("auto")) {
            try {
                return new Decoded(decode(bytes, StandardCharsets.UTF_8, file), "UTF-8");
            } catch (DataException notUtf8) {
                try {
                    return new Decoded(decode(bytes, GB18030, file), "GB18030");
                } catch (DataException notGb) {
                    throw new DataException(file + ": neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 or name"
                            + " its encoding with --encoding");
                }
            }
        }
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new DataException("unknown encoding '" + encoding + "' (try UTF-8 or GB18030)");
        }
        return new Decoded(decode(bytes, charset, file), charset.name());
    }

    /** Text and the encoding it was read with. */
    public record Decoded(String text, String encoding) {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
