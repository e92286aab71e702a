package dev.copr.client.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractStreamingClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * One exchange of the {@link CoprHttpEngine}.
 *
 * <p>A request without a file is sent with {@link HttpClient#send} on the calling thread; the JDK's
 * request timeout bounds the wait for the answer's headers by the read timeout or the response
 * deadline, whichever comes first. An upload is sent asynchronously and watched by the calling
 * thread, because the JDK's request timeout would also bound the time spent sending the file: the
 * read timeout bounds each pause in Copr taking the file and the wait for the answer after it, and
 * the response deadline counts from the end of the upload. Either way, the answer's body is an
 * {@link AnswerBody}.
 */
final class EngineRequest extends AbstractStreamingClientHttpRequest {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> JDK_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final long UPLOAD_CHECK_MILLIS = 100;

    private final HttpClient httpClient;
    private final URI uri;
    private final HttpMethod method;
    private final Duration readTimeout;

    EngineRequest(HttpClient httpClient, URI uri, HttpMethod method, Duration readTimeout) {
        this.httpClient = httpClient;
        this.uri = uri;
        this.method = method;
        this.readTimeout = readTimeout;
    }

    @Override
    public HttpMethod getMethod() {
        return method;
    }

    @Override
    public URI getURI() {
        return uri;
    }

    @Override
    protected ClientHttpResponse executeInternal(HttpHeaders headers, @Nullable Body body) throws IOException {
        ResponseDeadline deadline = (ResponseDeadline) Objects.requireNonNull(
                getAttributes().get(CoprHttpEngine.DEADLINE), "the transport gives every request a deadline");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        headers.forEach((name, values) -> {
            if (!JDK_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        if (body instanceof MultipartBody upload) {
            return upload(request.method(method.name(), upload.publisher()), upload.activity(), deadline);
        }
        request.method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        return send(request, deadline);
    }

    private ClientHttpResponse send(HttpRequest.Builder request, ResponseDeadline deadline) throws IOException {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw TimeoutExceeded.response(deadline, "before sending the request");
        }
        boolean readBound = readTimeout.compareTo(left) <= 0;
        HttpResponse<InputStream> response;
        try {
            response = httpClient.send(request.timeout(readBound ? readTimeout : left).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            TimeoutExceeded timeout = readBound ? TimeoutExceeded.read(readTimeout, "waiting for the answer")
                    : TimeoutExceeded.response(deadline, "waiting for the answer");
            timeout.initCause(e);
            throw timeout;
        } catch (ConnectException e) {
            throw e;
        } catch (IOException e) {
            throw new NoAnswerException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Copr's answer");
        }
        return new EngineResponse(response, new AnswerBody(response.body(), readTimeout, deadline));
    }

    private ClientHttpResponse upload(HttpRequest.Builder request, UploadActivity activity, ResponseDeadline deadline)
            throws IOException {
        CompletableFuture<HttpResponse<InputStream>> answer = httpClient.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        while (true) {
            try {
                HttpResponse<InputStream> response = answer.get(UPLOAD_CHECK_MILLIS, TimeUnit.MILLISECONDS);
                return new EngineResponse(response, new AnswerBody(response.body(), readTimeout,
                        afterUpload(deadline, activity)));
            } catch (TimeoutException notYet) {
                checkUpload(answer, activity, deadline);
            } catch (ExecutionException e) {
                throw failure(Objects.requireNonNullElse(e.getCause(), e), activity);
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

    private static IOException failure(Throwable cause, UploadActivity activity) {
        RuntimeException listenerFailure = activity.listenerFailure();
        if (listenerFailure != null) {
            throw listenerFailure;
        }
        return cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
    }

    private static byte[] bytes(Body body) throws IOException {
        if (body instanceof JsonBody json) {
            return json.bytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        return out.toByteArray();
    }
}
