package dev.copr.client.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Copr's answer to one exchange: its status and headers, and its body bounded in time. The body fails with {@link TimeoutExceeded} once no byte has arrived
 * for the read timeout, or once the response deadline has passed while it is still being read; the
 * {@link ReadWatchdog} closes it then, so a request costs no timer of its own.
 *
 * <p>Closing reads at most {@value #DRAIN_LIMIT} more bytes, so that a fully read answer leaves its
 * connection reusable, and then aborts: an error page of gigabytes, or one that never ends, is not
 * downloaded to be thrown away.
 */
final class Answer extends FilterInputStream implements ReadWatchdog.Watched {

    private static final int DRAIN_LIMIT = 8 * 1024;

    private final HttpResponse<?> response;
    private final Duration readTimeout;
    private final ResponseDeadline deadline;
    private volatile long lastActivity = System.nanoTime();
    /** Set once, by the watchdog, when a bound ran out; every read after it fails with it. */
    private volatile @Nullable TimeoutExceeded exceeded;
    /**
     * Whether {@link #close()} ran: Jackson closes the answer when it has read it, and the exchange
     * closes it again; a second drain would read a closed stream, whose failure costs a stack trace.
     */
    private boolean closed;

    Answer(HttpResponse<InputStream> response, Duration readTimeout, ResponseDeadline deadline) {
        super(response.body());
        this.response = response;
        this.readTimeout = readTimeout;
        this.deadline = deadline;
        ReadWatchdog.watch(this);
    }

    /** The HTTP status. */
    int status() {
        return response.statusCode();
    }

    /** The first value of a header, if the answer has it. */
    @Nullable String header(String name) {
        // The map is case-insensitive; firstValue would stream the values into an Optional
        List<String> values = response.headers().map().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            return checked(b);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            return checked(n);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Ends the exchange, once; a connection that fails meanwhile is dropped by the JDK client. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Still watched: a drain that stalls is cut like any read. An answer read to its end, the
            // usual case, costs one read and no drain buffer.
            if (exceeded == null && in.read() >= 0) {
                in.readNBytes(DRAIN_LIMIT - 1);
            }
        } catch (IOException ignored) {
            // a connection that fails while closing is dropped all the same
        } finally {
            ReadWatchdog.forget(this);
            closeQuietly();
        }
    }

    private int checked(int result) throws TimeoutExceeded {
        TimeoutExceeded timeout = exceeded;
        if (timeout != null) {
            throw timeout;
        }
        lastActivity = System.nanoTime();
        return result;
    }

    private IOException failure(IOException e) {
        TimeoutExceeded timeout = exceeded;
        if (timeout == null) {
            return e;
        }
        // checked() throws the timeout itself when the watchdog set it just after a read returned
        if (e != timeout && timeout.getCause() == null) {
            timeout.initCause(e);
        }
        return timeout;
    }

    @Override
    public void closeIfOverBound(long now) {
        if (now - lastActivity >= readTimeout.toNanos()) {
            exceeded = TimeoutExceeded.read(readTimeout, "reading the answer");
        } else if (now - deadline.nanos() >= 0) {
            exceeded = TimeoutExceeded.response(deadline, "reading the answer");
        } else {
            return;
        }
        ReadWatchdog.forget(this);
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to do with a stream that fails to close: the exchange is over
        }
    }
}
