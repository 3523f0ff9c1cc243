package org.countysim.result;

import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;

/**
 * The compact wire form of the sketches' and tallies' counts and sums, for the partial results that runners away from
 * the driver send back (a piece of 2,850 units holds 31,350 sketches). Counts are unsigned LEB128 varints (a count
 * below 128 takes a byte), a run of zero counts is a 0 and the run's length, and doubles travel as their raw bits
 * (bit-exact) with runs of +0.0 left out. The form is canonical: the same values give the same bytes.
 *
 * <p>A class writes its fields into an {@link Out} and then the whole buffer into its stream as one length-prefixed
 * byte array (one write call, not one per byte); {@link In} reads it back and checks that every byte was used.
 * Reading trusts nothing: a length must be the one the object's sizes give (or within what it can hold) before
 * anything is allocated for it, and a varint or zero run not in the form {@link Out} writes is refused.
 */
final class Wire {
    private Wire() {}

    /** An encoder into a growing byte array. */
    static final class Out {
        private byte[] bytes = new byte[256];
        private int size;

        /** {@code value}'s 64 bits as an unsigned varint: 7 bits a byte, low bits first (negatives take 10 bytes). */
        Out unsigned(long value) {
            ensure(10);
            long v = value;
            while ((v & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
            return this;
        }

        /** A double's raw bits, bit-exact (NaN payloads and −0.0 included). */
        Out raw(double value) {
            ensure(8);
            long bits = Double.doubleToRawLongBits(value);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (bits >>> shift);
            }
            return this;
        }

        /** Counts [from, to) of {@code counts} (each an unsigned 32-bit number), zero runs coded; not their number. */
        Out counts(int[] counts, int from, int to) {
            for (int i = from; i < to; ) {
                int end = zerosFrom(counts, i, to);
                if (end > i) {
                    unsigned(0).unsigned(end - i - 1);
                    i = end;
                } else {
                    unsigned(Integer.toUnsignedLong(counts[i++]));
                }
            }
            return this;
        }

        /** A long array: its length, then its entries as unsigned varints with zero runs coded. */
        Out counts(long[] counts) {
            unsigned(counts.length);
            for (int i = 0; i < counts.length; ) {
                int end = i;
                while (end < counts.length && counts[end] == 0) {
                    end++;
                }
                if (end > i) {
                    unsigned(0).unsigned(end - i - 1);
                    i = end;
                } else {
                    unsigned(counts[i++]);
                }
            }
            return this;
        }

        /**
         * A double array: its length, the number of entries that are not +0.0, and each of those after the number of
         * +0.0 entries before it.
         */
        Out doubles(double[] values) {
            int nonZero = 0;
            for (double v : values) {
                nonZero += Double.doubleToRawLongBits(v) == 0 ? 0 : 1;
            }
            unsigned(values.length).unsigned(nonZero);
            int zeros = 0;
            for (double v : values) {
                if (Double.doubleToRawLongBits(v) == 0) {
                    zeros++;
                } else {
                    unsigned(zeros).raw(v);
                    zeros = 0;
                }
            }
            return this;
        }

        /** The bytes as one array, after their number (a varint). */
        void writeTo(ObjectOutputStream out) throws IOException {
            for (long v = size; ; v >>>= 7) {
                if ((v & ~0x7FL) == 0) {
                    out.write((int) v);
                    break;
                }
                out.write((int) ((v & 0x7F) | 0x80));
            }
            out.write(bytes, 0, size);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private static int zerosFrom(int[] counts, int from, int to) {
            int end = from;
            while (end < to && counts[end] == 0) {
                end++;
            }
            return end;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** A decoder of what {@link Out} wrote; malformed input is an {@link InvalidObjectException}. */
    static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The first allocation for a wire form's bytes: larger ones are allocated only as their bytes arrive. */
        private static final int CHUNK = 1 << 16;

        static In readFrom(ObjectInputStream in) throws IOException {
            try {
                return new In(readBytes(in, readLength(in)));
            } catch (EOFException e) {
                throw new InvalidObjectException("truncated wire form");
            }
        }

        /** The number of bytes that follow: a varint of at most 5 bytes, in its shortest form. */
        private static int readLength(ObjectInputStream in) throws IOException {
            long size = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.readUnsignedByte();
                size |= (long) (b & 0x7F) << shift;
                if (b < 0x80) {
                    if (b == 0 && shift > 0) {
                        throw new InvalidObjectException("length not in its shortest form");
                    }
                    break;
                }
                if (shift > 28) {
                    throw new InvalidObjectException("length longer than 32 bits");
                }
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw new InvalidObjectException("length " + size);
            }
            return (int) size;
        }

        /** {@code size} bytes, the array growing as they arrive: a claimed length alone allocates at most a chunk. */
        private static byte[] readBytes(ObjectInputStream in, int size) throws IOException {
            byte[] bytes = new byte[Math.min(size, CHUNK)];
            int read = 0;
            while (read < size) {
                if (read == bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(size, 2L * bytes.length));
                }
                in.readFully(bytes, read, bytes.length - read);
                read = bytes.length;
            }
            return bytes;
        }

        /**
         * An unsigned varint in its shortest form (as {@link Out#unsigned} writes it): a last byte of 0 after others,
         * or bits beyond 64, are refused rather than read as another number.
         */
        long unsigned() throws InvalidObjectException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = next();
                if (shift == 63 && (b & 0xFF) > 1) {
                    throw new InvalidObjectException("varint longer than 64 bits");
                }
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    if (b == 0 && shift > 0) {
                        throw new InvalidObjectException("varint not in its shortest form");
                    }
                    return value;
                }
            }
            throw new InvalidObjectException("varint longer than 64 bits");
        }

        /** An unsigned varint that must lie in [0, {@code most}]. */
        int index(long most) throws InvalidObjectException {
            long value = unsigned();
            if (value < 0 || value > most) {
                throw new InvalidObjectException("value " + value + " outside [0, " + most + "]");
            }
            return (int) value;
        }

        double raw() throws InvalidObjectException {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (next() & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }

        /** {@code length} counts as {@link Out#counts(int[], int, int)} wrote them. */
        int[] counts(int length) throws InvalidObjectException {
            long[] wide = runs(length);
            int[] counts = new int[length];
            for (int i = 0; i < length; i++) {
                if (wide[i] > 0xFFFF_FFFFL) {
                    throw new InvalidObjectException("count " + wide[i] + " above 32 bits");
                }
                counts[i] = (int) wide[i];
            }
            return counts;
        }

        /** A long array as {@link Out#counts(long[])} wrote it, which must hold {@code length} entries. */
        long[] longCounts(int length) throws InvalidObjectException {
            expectLength(length);
            return runs(length);
        }

        /** {@code length} unsigned counts, a run of zeros written as a 0 and its length (one run between counts). */
        private long[] runs(int length) throws InvalidObjectException {
            long[] counts = new long[length];
            boolean afterRun = false;
            for (int i = 0; i < length; ) {
                long c = unsigned();
                if (c == 0) {
                    i += zeroRun(length - i, afterRun);
                    afterRun = true;
                } else {
                    counts[i++] = c;
                    afterRun = false;
                }
            }
            return counts;
        }

        /** A double array as {@link Out#doubles} wrote it, which must hold {@code length} entries. */
        double[] doubles(int length) throws InvalidObjectException {
            expectLength(length);
            double[] values = new double[length];
            int nonZero = index(length);
            for (int i = 0, k = 0; k < nonZero; k++) {
                i += index(length - i - (nonZero - k));
                double v = raw();
                if (Double.doubleToRawLongBits(v) == 0) {
                    throw new InvalidObjectException("+0.0 written as a value");
                }
                values[i++] = v;
            }
            return values;
        }

        /** The length of a zero run (its coded length + 1), within the {@code left} entries; runs are never adjacent. */
        private int zeroRun(int left, boolean afterRun) throws InvalidObjectException {
            if (afterRun) {
                throw new InvalidObjectException("two runs of zeros in a row");
            }
            return index(left - 1) + 1;
        }

        private void expectLength(int length) throws InvalidObjectException {
            long claimed = unsigned();
            if (claimed != length) {
                throw new InvalidObjectException("array of " + claimed + " entries where " + length + " belong");
            }
        }

        /** Checks that every byte was read. */
        void end() throws InvalidObjectException {
            if (at != bytes.length) {
                throw new InvalidObjectException((bytes.length - at) + " bytes left over");
            }
        }

        private byte next() throws InvalidObjectException {
            if (at >= bytes.length) {
                throw new InvalidObjectException("truncated");
            }
            return bytes[at++];
        }
    }
}
