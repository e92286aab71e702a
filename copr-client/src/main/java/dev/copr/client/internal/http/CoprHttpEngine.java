package dev.copr.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

/**
 * The client's HTTP engine: sends a request with the JDK {@link HttpClient} and bounds the exchange
 * in time. The same engine serves plain Java and Spring Boot applications; only the JDK client it is
 * given differs (Boot's carries SSL bundles and proxy settings).
 *
 * <p>A request without a file is sent with {@link HttpClient#send} on the calling thread; the JDK's
 * request timeout bounds the wait for the answer's headers by the read timeout or the response
 * deadline, whichever comes first. An upload is sent asynchronously and watched by the calling
 * thread, because the JDK's request timeout would also bound the time spent sending the file: the
 * read timeout bounds each pause in Copr taking the file and the wait for the answer after it, and
 * the response deadline counts from the end of the upload. Either way, the answer's body is bounded
 * by an {@link Answer}.
 *
 * <p>Spring's {@code JdkClientHttpRequestFactory} calls {@code sendAsync} for every request, whose
 * completion the JDK hands to {@code CompletableFuture}'s default pool, which starts a thread per
 * request on machines with two cores or fewer; it also starts a thread per request body, arms a timer
 * per request, and drains the rest of every answer on close. The engine does none of this.
 */
final class CoprHttpEngine {

    private static final long UPLOAD_CHECK_MILLIS = 100;

    private final Supplier<HttpClient> httpClient;
    private final Duration readTimeout;

    /**
     * @param httpClient makes the JDK client on the first request: building one loads the JVM's
     *                   default trust store, which start-up need not pay for
     */
    CoprHttpEngine(Supplier<HttpClient> httpClient, Duration readTimeout) {
        this.httpClient = SingletonSupplier.of(httpClient);
        this.readTimeout = readTimeout;
    }

    /** The JDK client, made now if no request has made it yet. */
    HttpClient httpClient() {
        return httpClient.get();
    }

    /**
     * Sends a request whose body is in memory, on the calling thread, and returns the answer once its
     * headers are in.
     * @throws TimeoutExceeded when the read timeout or the deadline runs out first
     * @throws NoAnswerException when the connection failed after the request went out
     */
    Answer send(HttpRequest.Builder request, ResponseDeadline deadline) throws IOException {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw TimeoutExceeded.response(deadline, "before sending the request");
        }
        boolean readBound = readTimeout.compareTo(left) <= 0;
        HttpResponse<InputStream> response;
        try {
            response = httpClient.get().send(request.timeout(readBound ? readTimeout : left).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            TimeoutExceeded timeout = readBound ? TimeoutExceeded.read(readTimeout, "waiting for the answer")
                    : TimeoutExceeded.response(deadline, "waiting for the answer");
            timeout.initCause(e);
            throw timeout;
        } catch (IOException e) {
            throw new NoAnswerException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Copr's answer");
        }
        return new Answer(response, readTimeout, deadline);
    }

    /**
     * Sends a request whose body streams from disk, watching from the calling thread how Copr takes
     * it, and returns the answer once its headers are in.
     * @param activity how the body's upload goes, as the body reports it
     * @throws TimeoutExceeded when Copr stops taking the body, or does not answer in time after it
     * @throws RuntimeException what a progress listener threw, which stopped the upload
     */
    Answer upload(HttpRequest.Builder request, UploadActivity activity, ResponseDeadline deadline) throws IOException {
        CompletableFuture<HttpResponse<InputStream>> answer = httpClient.get().sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        while (true) {
            try {
                HttpResponse<InputStream> response = answer.get(UPLOAD_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                return new Answer(response, readTimeout, afterUpload(deadline, activity));
            } catch (TimeoutException notYet) {
                checkUpload(answer, activity, deadline);
            } catch (ExecutionException e) {
                throw uploadFailure(Objects.requireNonNullElse(e.getCause(), e), activity);
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while uploading to Copr");
            }
        }
    }

    private void checkUpload(CompletableFuture<?> answer, UploadActivity activity, ResponseDeadline deadline)
            throws TimeoutExceeded {
        long now = System.nanoTime();
        TimeoutExceeded timeout = null;
        if (now - activity.lastNanos() >= readTimeout.toNanos()) {
            timeout = TimeoutExceeded.read(readTimeout, activity.sent() ? "waiting for the answer to the upload"
                    : "sending the upload (Copr took no more of it)");
        } else if (activity.sent() && now - afterUpload(deadline, activity).nanos() >= 0) {
            timeout = TimeoutExceeded.response(deadline, "waiting for the answer to the upload");
        }
        if (timeout != null) {
            answer.cancel(true);
            throw timeout;
        }
    }

    /** The response deadline counted from the end of the upload. */
    private static ResponseDeadline afterUpload(ResponseDeadline deadline, UploadActivity activity) {
        return new ResponseDeadline(deadline.name(), deadline.length(), activity.lastNanos() + deadline.length().toNanos());
    }

    private static IOException uploadFailure(Throwable cause, UploadActivity activity) {
        RuntimeException listenerFailure = activity.listenerFailure();
        if (listenerFailure != null) {
            throw listenerFailure;
        }
        return cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
    }
}
