package dev.copr.client.internal.download;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A body from the results host bounded in time: reads fail with {@link StalledException} once no byte
 * arrived for the read timeout, or once the deadline passed. The JDK's body streams have no read
 * timeout of their own; one shared daemon thread looks at the open bodies every {@value #SCAN_MILLIS} ms
 * and closes those over a bound, which also ends a read that blocks.
 */
final class WatchedBody extends FilterInputStream {

    private static final long SCAN_MILLIS = 100;
    private static final Set<WatchedBody> OPEN = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private final Duration readTimeout;
    private final Deadline deadline;
    private volatile long lastActivity = System.nanoTime();
    private volatile @Nullable StalledException exceeded;

    WatchedBody(InputStream body, Duration readTimeout, Deadline deadline) {
        super(body);
        this.readTimeout = readTimeout;
        this.deadline = deadline;
        OPEN.add(this);
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
        OPEN.remove(this);
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

    private void closeIfOverBound(long now) {
        if (now - lastActivity >= readTimeout.toNanos()) {
            exceeded = StalledException.read(readTimeout);
        } else if (deadline.passed(now)) {
            exceeded = StalledException.deadline(deadline);
        } else {
            return;
        }
        OPEN.remove(this);
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader gets the timeout; a stream that fails to close is dropped all the same
        }
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "copr-download-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            long now = System.nanoTime();
            OPEN.forEach(body -> body.closeIfOverBound(now));
        }, SCAN_MILLIS, SCAN_MILLIS, TimeUnit.MILLISECONDS);
        return executor;
    }
}
