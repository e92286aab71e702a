package dev.copr.client.internal.download;

import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.internal.http.DefaultHttpClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET requests to the results host and the hosts it redirects to (Pulp's content host, a CDN): another
 * trust zone than the Copr API. A JDK HTTP client of its own, made on first use with the API's
 * defaults (HTTP/1.1, the connect timeout, no automatic redirects) but never given the credentials,
 * so no request carries an {@code Authorization} header. Redirects are followed here, at most
 * {@code maxRedirects} times, to {@code https}, or to {@code http} only when the first URL was
 * {@code http} (a local Copr): never from {@code https} down to {@code http}.
 */
final class ResultsHost {

    private static final Logger log = LoggerFactory.getLogger(ResultsHost.class);

    private final CoprConfig config;
    private final int maxRedirects;
    private volatile @Nullable HttpClient http;

    ResultsHost(CoprConfig config, int maxRedirects) {
        this.config = config;
        this.maxRedirects = maxRedirects;
    }

    /** A deadline of the client's response timeout, from now. */
    Deadline responseDeadline() {
        return Deadline.in("the response timeout (responseTimeout)", config.responseTimeout());
    }

    /**
     * GETs {@code url}, following redirects; the answer is never a redirect. Its body is a stream, for
     * logs and {@code results.json}.
     * @param rangeStart the first byte wanted ({@code Range: bytes=<n>-}); 0 for the whole file
     */
    HostAnswer get(URI url, long rangeStart, Deadline deadline) {
        HttpResponse<InputStream> response = following(url, rangeStart, deadline, HttpResponse.BodyHandlers.ofInputStream(),
                ResultsHost::closeQuietly);
        return new HostAnswer(response.uri(), response.statusCode(), contentLength(response),
                new WatchedBody(response.body(), config.readTimeout(), deadline));
    }

    /**
     * GETs {@code url}, following redirects, for a file: its body is handed on as the JDK receives it,
     * to be written without the copies of a stream. Subscribe to the body, or {@link #discard} it.
     */
    HttpResponse<Flow.Publisher<List<ByteBuffer>>> getFile(URI url, Deadline deadline) {
        return following(url, 0, deadline, HttpResponse.BodyHandlers.ofPublisher(), ResultsHost::discard);
    }

    /** Drops an answer's body unread, which frees its connection. */
    static void discard(Flow.Publisher<List<ByteBuffer>> body) {
        body.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.cancel();
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
    }

    static long contentLength(HttpResponse<?> response) {
        return response.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    private <T> HttpResponse<T> following(URI url, long rangeStart, Deadline deadline,
                                          HttpResponse.BodyHandler<T> handler, Consumer<T> release) {
        String firstScheme = url.getScheme();
        URI current = url;
        for (int hop = 0; ; hop++) {
            HttpResponse<T> response = send(current, rangeStart, deadline, handler);
            int status = response.statusCode();
            if (!isRedirect(status)) {
                return response;
            }
            release.accept(response.body());
            if (hop == maxRedirects) {
                throw new CoprRequestException("The results host redirected " + HostFailures.request(url) + " more than "
                        + maxRedirects + " times (last to " + HostFailures.shown(current) + "): a redirect loop?", status,
                        null, HostFailures.request(url), null);
            }
            current = target(url, current, firstScheme, response.headers().firstValue("Location"));
            log.debug("Results host redirected to {}", HostFailures.shown(current));
        }
    }

    private <T> HttpResponse<T> send(URI url, long rangeStart, Deadline deadline, HttpResponse.BodyHandler<T> handler) {
        Duration remaining = deadline.remaining();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(remaining.compareTo(config.readTimeout()) < 0 ? remaining : config.readTimeout());
        if (rangeStart > 0) {
            request.header("Range", "bytes=" + rangeStart + "-");
        }
        long started = System.nanoTime();
        try {
            HttpResponse<T> response = client().send(request.build(), handler);
            log.debug("GET {} -> {} ({} ms)", HostFailures.shown(url), response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
            return response;
        } catch (IOException e) {
            throw HostFailures.io(url, e);
        } catch (InterruptedException e) {
            throw HostFailures.interrupted(url, e);
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // a redirect's body is not used; a connection that fails to close is dropped all the same
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect of {@code current} (on the way from {@code first}) leads, when this policy allows it. */
    static URI target(URI first, URI current, String firstScheme, Optional<String> location) {
        String request = HostFailures.request(first);
        if (location.isEmpty()) {
            throw new CoprRequestException("The results host redirected " + request + " without a Location",
                    0, null, request, null);
        }
        URI target;
        try {
            target = current.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
            throw new CoprRequestException("The results host redirected " + request + " to a Location that is not"
                    + " a URL", 0, null, request, e);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme();
        if (!(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase(firstScheme) && scheme.equalsIgnoreCase("http"))
                || target.getHost() == null) {
            throw new CoprRequestException("Refusing the results host's redirect of " + request + " to "
                    + HostFailures.shown(target) + ": downloads follow redirects to https only (to http only from an"
                    + " http URL)", 0, null, request, null);
        }
        return target;
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = DefaultHttpClient.builder(config).build();
                    http = client;
                }
            }
        }
        return client;
    }
}
