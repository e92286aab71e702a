package dev.copr.test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a built RPM, made up and never held in memory: an RPM lead (magic, version 3.0, binary
 * or source type, the package's name), a signature header with the size of the rest of the file
 * ({@code RPMSIGTAG_SIZE}, or {@code RPMSIGTAG_LONGSIZE} past 4 GiB, as {@code rpmbuild} writes it;
 * left out of files too small to hold it) and then pseudo-random bytes, each 8-byte block derived
 * from the file's seed and the block's index, so that the same file always has the same bytes and any
 * range is written without the bytes before it.
 *
 * @param seed what makes this file's bytes differ from another's
 * @param length the size in bytes
 * @param source whether it is a source RPM (the lead's type 1) rather than a binary one (type 0)
 * @param name the name the lead carries, e.g. {@code foo-1.0-1}
 */
record GeneratedRpm(long seed, long length, boolean source, String name) implements ResultContent {

    private static final int LEAD_SIZE = 96;
    /** The lead and a signature header of one size entry: intro, index entry, 8 bytes of data. */
    private static final int SIGNED_SIZE = LEAD_SIZE + 40;
    private static final int CHUNK = 64 * 1024;

    /** A file of {@code length} bytes whose bytes depend on {@code identity} (e.g. build, chroot and file name). */
    static GeneratedRpm of(String identity, long length, boolean source, String name) {
        long seed = 1125899906842597L;
        for (byte b : identity.getBytes(StandardCharsets.UTF_8)) {
            seed = 31 * seed + b;
        }
        return new GeneratedRpm(seed, length, source, name);
    }

    @Override
    public void writeTo(OutputStream out, long offset, long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(count, 1))];
        ByteBuffer blocks = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        byte[] start = start();
        long position = offset;
        long end = offset + count;
        while (position < end) {
            int size = (int) Math.min(buffer.length, end - position);
            int i = 0;
            while (i < size) {
                if (position >= start.length && (position & 7) == 0 && size - i >= 8) {
                    blocks.putLong(i, mix(seed + (position >>> 3)));
                    i += 8;
                    position += 8;
                } else {
                    buffer[i++] = position < start.length ? start[(int) position] : random(position);
                    position++;
                }
            }
            out.write(buffer, 0, size);
        }
    }

    /** A byte after the lead and signature: one of the 8 bytes (little-endian) of its block. */
    private byte random(long position) {
        return (byte) (mix(seed + (position >>> 3)) >>> ((position & 7) * 8));
    }

    /** The lead, and the signature header when the file has room for it. */
    private byte[] start() {
        ByteBuffer start = ByteBuffer.allocate(length >= SIGNED_SIZE ? SIGNED_SIZE : LEAD_SIZE);
        for (int i = 0; i < LEAD_SIZE; i++) {
            start.put(leadByte(i));
        }
        if (start.hasRemaining()) {
            long rest = length - SIGNED_SIZE;
            boolean longSize = rest > 0xffff_ffffL;
            start.putInt(0x8eade801).putInt(0).putInt(1).putInt(longSize ? 8 : 4) // magic, reserved, entries, data
                    .putInt(longSize ? 270 : 1000).putInt(longSize ? 5 : 4).putInt(0).putInt(1); // tag, type, offset, count
            if (longSize) {
                start.putLong(rest);
            } else {
                start.putInt((int) rest).putInt(0); // and the padding to 8 bytes
            }
        }
        return start.array();
    }

    /** The RPM lead: magic {@code ed ab ee db}, version 3.0, type, architecture 1, then the NUL-padded name. */
    private byte leadByte(int position) {
        return switch (position) {
            case 0 -> (byte) 0xed;
            case 1 -> (byte) 0xab;
            case 2 -> (byte) 0xee;
            case 3 -> (byte) 0xdb;
            case 4 -> 3;
            case 5 -> 0;
            case 6 -> 0;
            case 7 -> (byte) (source ? 1 : 0);
            case 8 -> 0;
            case 9 -> 1;
            default -> {
                byte[] text = name.getBytes(StandardCharsets.US_ASCII);
                int index = position - 10;
                yield index < Math.min(text.length, 65) ? text[index] : 0;
            }
        };
    }

    /** SplitMix64's finalizer: well spread bits from consecutive inputs. */
    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
