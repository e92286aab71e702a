package dev.copr.client.internal.download;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.OptionalLong;

/**
 * The size an RPM file declares for itself: the 96-byte lead, the signature header (padded to 8 bytes)
 * and the header and payload whose size the signature header's {@code RPMSIGTAG_SIZE} (or, past
 * 4 GiB, {@code RPMSIGTAG_LONGSIZE}) gives, as {@code rpmbuild} writes them. A body cut short where
 * a server's {@code Content-Length} said, with the rest of the file after it, is invisible to HTTP;
 * this size tells.
 */
final class RpmSize {

    private static final int LEAD = 96;
    private static final int LEAD_MAGIC = 0xedabeedb;
    private static final int HEADER_MAGIC = 0x8eade801;
    private static final int TAG_SIZE = 1000;
    private static final int TAG_LONG_SIZE = 270;
    private static final int TYPE_INT32 = 4;
    private static final int TYPE_INT64 = 5;
    /** rpm's own bounds of a header: index entries and data bytes. */
    private static final int MAX_ENTRIES = 0xffff;
    private static final int MAX_DATA = 256 << 20;

    private RpmSize() {
    }

    /**
     * The size the file's signature header declares; empty when the file does not start as an RPM with
     * a signature header that has a size (so there is nothing to check it against).
     */
    static OptionalLong declared(FileChannel file) throws IOException {
        if (file.size() < LEAD + 16 || read(file, 0, 4).getInt() != LEAD_MAGIC) {
            return OptionalLong.empty();
        }
        ByteBuffer intro = read(file, LEAD, 16);
        int entries = intro.getInt(8);
        int dataSize = intro.getInt(12);
        if (intro.getInt(0) != HEADER_MAGIC || entries < 0 || entries > MAX_ENTRIES || dataSize < 0
                || dataSize > MAX_DATA) {
            return OptionalLong.empty();
        }
        long data = LEAD + 16 + 16L * entries;
        long signatureEnd = data + dataSize;
        signatureEnd += (8 - signatureEnd % 8) % 8;
        if (file.size() < data) {
            return OptionalLong.empty();
        }
        ByteBuffer index = read(file, LEAD + 16, 16 * entries);
        for (int i = 0; i < entries; i++) {
            int tag = index.getInt(16 * i);
            int type = index.getInt(16 * i + 4);
            int offset = index.getInt(16 * i + 8);
            boolean size = tag == TAG_SIZE && type == TYPE_INT32 || tag == TAG_LONG_SIZE && type == TYPE_INT64;
            int width = type == TYPE_INT64 ? 8 : 4;
            if (size && offset >= 0 && offset <= dataSize - width && file.size() >= data + offset + width) {
                ByteBuffer value = read(file, data + offset, width);
                long rest = width == 8 ? value.getLong() : Integer.toUnsignedLong(value.getInt());
                return OptionalLong.of(signatureEnd + rest);
            }
        }
        return OptionalLong.empty();
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ended at " + (position + buffer.position()) + " bytes");
            }
        }
        return buffer.flip();
    }
}
