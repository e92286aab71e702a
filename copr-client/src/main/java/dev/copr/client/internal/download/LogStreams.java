package dev.copr.client.internal.download;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Log bodies as Copr's results host serves them: plain while a chroot runs, gzipped once it ended. */
final class LogStreams {

    static final int BUFFER = 64 * 1024;

    private LogStreams() {
    }

    /**
     * The body decompressed when it is gzip, told by its first two bytes rather than by the URL or a
     * header: hosts serve {@code .log.gz} with varying types, and a missing {@code builder-live.log}
     * may be redirected to the {@code .gz}.
     */
    static InputStream decompressed(InputStream body) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, BUFFER);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
    }
}
