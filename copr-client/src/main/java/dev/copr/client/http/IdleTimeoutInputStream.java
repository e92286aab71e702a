package dev.copr.client.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An answer's body that fails with {@link HttpTimeoutException} once no byte has arrived for the
 * read timeout. One shared daemon thread looks at the open bodies every {@value #SCAN_MILLIS} ms
 * and closes the stalled ones, so a request costs no timer of its own. A body that keeps flowing
 * (a long monitor answer) is never cut.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

    private static final long SCAN_MILLIS = 100;
    private static final Set<IdleTimeoutInputStream> OPEN = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private final long timeoutNanos;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean timedOut;

    IdleTimeoutInputStream(InputStream body, Duration timeout) {
        super(body);
        this.timeoutNanos = timeout.toNanos();
        OPEN.add(this);
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            lastActivity = System.nanoTime();
            return b;
        } catch (IOException e) {
            throw timedOut ? timeout(e) : e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            lastActivity = System.nanoTime();
            return n;
        } catch (IOException e) {
            throw timedOut ? timeout(e) : e;
        }
    }

    @Override
    public void close() throws IOException {
        OPEN.remove(this);
        super.close();
    }

    private void closeIfStalled(long now) {
        if (now - lastActivity >= timeoutNanos) {
            timedOut = true;
            OPEN.remove(this);
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader gets the timeout; nothing more to do with a stream that fails to close
            }
        }
    }

    private HttpTimeoutException timeout(IOException cause) {
        HttpTimeoutException timeout = new HttpTimeoutException("no data from Copr for "
                + Duration.ofNanos(timeoutNanos) + " while reading the answer");
        timeout.initCause(cause);
        return timeout;
    }

    private static ScheduledExecutorService watchdog() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "copr-read-timeout");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            long now = System.nanoTime();
            OPEN.forEach(body -> body.closeIfStalled(now));
        }, SCAN_MILLIS, SCAN_MILLIS, TimeUnit.MILLISECONDS);
        return executor;
    }
}
