package dev.copr.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stub's HTTP side: the JDK's HTTP/1.1 server on a random loopback port. Each request is
 * routed, its body read (uploads streamed), and its endpoint run under the state's lock; the answer
 * is JSON as Copr writes it, and the request is recorded.
 */
final class StubServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoprStub.class);
    private static final String API = "/api_3";
    private static final AtomicInteger SERVERS = new AtomicInteger();
    /**
     * The JDK server writes headers and body in two packets; with Nagle's algorithm the body then
     * waits for the client's delayed ACK, about 40 ms per request on Linux.
     */
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI url;

    private StubServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        InetSocketAddress address = server.getAddress();
        this.url = URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /**
     * A server bound to a loopback port ({@code 0} for a free one), not yet answering. Turns on
     * {@code TCP_NODELAY} for the JDK's HTTP server ({@code sun.net.httpserver.nodelay}) unless the
     * JVM was told otherwise.
     */
    static StubServer bind(int port) {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            int number = SERVERS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "copr-stub-" + number + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            return new StubServer(server, executor);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open loopback port " + port + " for the Copr stub: " + e.getMessage(),
                    e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    URI url() {
        return url;
    }

    /** Starts answering with these endpoints over this state, telling {@code recorder} of each request. */
    void start(StubState state, Router router, Consumer<RecordedRequest> recorder) {
        serve(exchange -> handle(exchange, state, router, recorder));
    }

    /** Starts answering every request with {@code handler}. */
    void serve(HttpHandler handler) {
        server.createContext("/", handler);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void handle(HttpExchange exchange, StubState state, Router router,
                               Consumer<RecordedRequest> recorder) {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        Map<String, List<String>> query = queryParameters(uri.getRawQuery());
        String path = uri.getRawPath();
        RequestBody body = RequestBody.empty();
        String user = null;
        int status;
        Object answer;
        String warning = null;
        String retryAfter = null;
        try {
            if (!path.equals(API) && !path.startsWith(API + "/")) {
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                record(recorder, method, path, query, body, null, exchange, 404);
                sendPage(exchange);
                return;
            }
            List<String> segments = segments(path.substring(API.length()));
            path = "/" + String.join("/", segments);
            Router.Match match = router.match("HEAD".equals(method) ? "GET" : method, segments);
            body = RequestBody.read(exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Type"));
            synchronized (state) {
                retryAfter = state.rateLimit.take();
                if (retryAfter != null) {
                    throw RateLimit.tooManyRequests();
                }
                CoprStubUser authenticated = state.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
                user = authenticated == null ? null : authenticated.name();
                answer = match.route().handler().handle(new StubRequest(match.pathValues(), query, body,
                        authenticated, state.links.frontend()));
            }
            status = 200;
            if (match.route().useInstead() != null) {
                warning = "This method is deprecated: Use " + match.route().useInstead() + " method instead of "
                        + method;
            }
        } catch (CoprError e) {
            status = e.status();
            answer = e.body();
        } catch (IOException e) {
            log.debug("Copr stub could not read {} {}: {}", method, path, e.toString());
            status = 400;
            answer = new CoprError(400, "The request body could not be read: " + e.getMessage()).body();
        } catch (RuntimeException e) {
            log.warn("Copr stub failed on {} {}", method, path, e);
            status = 500;
            answer = CoprError.serverError(CoprError.UNEXPECTED).body();
        }
        // Recorded before answering, so a client that has its answer finds its request recorded.
        record(recorder, method, path, query, body, user, exchange, status);
        if (retryAfter != null && !retryAfter.isEmpty()) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        sendJson(exchange, status, answer, warning);
    }

    private static void record(Consumer<RecordedRequest> recorder, String method, String path,
                               Map<String, List<String>> query, RequestBody body, @Nullable String user,
                               HttpExchange exchange, int status) {
        recorder.accept(new RecordedRequest(method, path, query, body.input().asMap(), body.files(), user,
                exchange.getRequestHeaders().getFirst("User-Agent"), status));
    }

    private static void sendJson(HttpExchange exchange, int status, Object answer, @Nullable String warning) {
        byte[] bytes = Json.write(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (warning != null) {
            exchange.getResponseHeaders().set("Warning", warning);
        }
        send(exchange, status, bytes);
    }

    private static void sendPage(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        send(exchange, 404, "<!doctype html><title>Page Not Found</title><h1>404 Page Not Found</h1>"
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) {
        try {
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            log.debug("Copr stub could not answer {}: {}", exchange.getRequestURI(), e.toString());
        } finally {
            exchange.close();
        }
    }

    /** The decoded, non-empty segments of a path; {@code %40group} becomes {@code @group}. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : Route.segments(rawPath)) {
            try {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw CoprError.notFound("Such API endpoint doesn't exist");
            }
        }
        return segments;
    }

    private static Map<String, List<String>> queryParameters(@Nullable String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: Werkzeug keeps going with the rest of the query
            }
        }
        query.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return query;
    }
}
