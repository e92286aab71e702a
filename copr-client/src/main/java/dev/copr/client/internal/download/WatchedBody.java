package dev.copr.client.internal.download;

import dev.copr.client.internal.http.ReadWatchdog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A body from the results host bounded in time: reads fail with {@link StalledException} once no byte
 * arrived for the read timeout, or once the deadline passed. The JDK's body streams have no read
 * timeout of their own; the {@link ReadWatchdog} closes a body over a bound, which also ends a read
 * that blocks.
 */
final class WatchedBody extends FilterInputStream implements ReadWatchdog.Watched {


    private final Duration readTimeout;
    private final Deadline deadline;
    private volatile long lastActivity = System.nanoTime();
    private volatile @Nullable StalledException exceeded;

    WatchedBody(InputStream body, Duration readTimeout, Deadline deadline) {
        super(body);
        this.readTimeout = readTimeout;
        this.deadline = deadline;
        ReadWatchdog.watch(this);
    }

    @Override
    public int read() throws IOException {
        try {
            return checked(super.read());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return checked(super.read(buffer, offset, length));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() throws IOException {
        ReadWatchdog.forget(this);
        in.close();
    }

    private int checked(int result) throws StalledException {
        StalledException timeout = exceeded;
        if (timeout != null) {
            throw timeout;
        }
        lastActivity = System.nanoTime();
        return result;
    }

    private IOException failure(IOException e) {
        StalledException timeout = exceeded;
        return timeout == null ? e : timeout;
    }

    @Override
    public void closeIfOverBound(long now) {
        if (now - lastActivity >= readTimeout.toNanos()) {
            exceeded = StalledException.read(readTimeout);
        } else if (deadline.passed(now)) {
            exceeded = StalledException.deadline(deadline);
        } else {
            return;
        }
        ReadWatchdog.forget(this);
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader gets the timeout; a stream that fails to close is dropped all the same
        }
    }
}
