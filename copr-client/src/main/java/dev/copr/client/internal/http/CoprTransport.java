package dev.copr.client.internal.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.JavaType;

import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.observation.CoprRequestObservationContext;
import dev.copr.client.observation.CoprRequestObservationConvention;
import dev.copr.client.observation.DefaultCoprRequestObservationConvention;
import dev.copr.client.page.Page;
import dev.copr.client.page.PageMeta;
import dev.copr.client.page.Pagination;
import dev.copr.client.upload.UploadProgressListener;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one place that talks HTTP to Copr: builds the URL under {@code /api_3}, adds credentials to
 * calls that need them, sends JSON or streamed multipart bodies, retries safe requests and rate-limited ones and maps
 * answers to records or to the {@link CoprException} hierarchy. Shared by all proxies; thread-safe.
 *
 * <p>Part of the client's plumbing: applications use {@code CoprClient} and its proxies.
 *
 * @since 0.1.0
 */
public final class CoprTransport {

    private static final Logger log = LoggerFactory.getLogger(CoprTransport.class);
    private static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final URI apiBase;
    private final CoprHttpEngine engine;
    /** Made on the first request, so that start-up, which sends none, links no Jackson class. */
    private final SingletonSupplier<AnswerJson> json;
    private final Duration responseTimeout;
    /** The response timeout as a deadline names it, written once rather than per request. */
    private final String responseTimeoutName;
    private final ErrorResponses errors;
    private final AtomicReference<@Nullable Credentials> credentials;
    /** Read-held by each authenticated exchange, write-held while credentials are replaced. */
    private final ReentrantReadWriteLock credentialsLock = new ReentrantReadWriteLock();
    /** Set while an upload listener runs, possibly on a thread of the HTTP client. */
    private final ThreadLocal<Boolean> inUploadListener = new ThreadLocal<>();
    private final Retries retries;
    private final ObservationRegistry observationRegistry;
    private final @Nullable CoprRequestObservationConvention observationConvention;

    /** A transport with the default JDK client and no observations; see the full constructor. */
    public CoprTransport(CoprConfig config) {
        this(config, () -> DefaultHttpClient.builder(config).build(), null, null);
    }

    /**
     * @param config where to connect, credentials, timeouts, answer size and retries
     * @param httpClient makes the JDK HTTP client to send with (its connect timeout, SSL context,
     *                   proxy and redirect policy apply), on the first request
     * @param observationRegistry where each request is observed as {@code copr.client.requests}
     * @param observationConvention names and tags of those observations; null for the default
     */
    public CoprTransport(CoprConfig config, Supplier<HttpClient> httpClient,
                         @Nullable ObservationRegistry observationRegistry,
                         @Nullable CoprRequestObservationConvention observationConvention) {
        this(config, httpClient, observationRegistry, observationConvention, Clock.systemUTC(), Retries::threadSleep);
    }

    /**
     * See the public constructor; {@code clock} and {@code sleeper} measure and spend the waits between
     * retries, replaced in tests.
     */
    CoprTransport(CoprConfig config, Supplier<HttpClient> httpClient,
                  @Nullable ObservationRegistry observationRegistry,
                  @Nullable CoprRequestObservationConvention observationConvention, Clock clock,
                  Retries.Sleeper sleeper) {
        this.observationRegistry = observationRegistry == null ? ObservationRegistry.NOOP : observationRegistry;
        this.observationConvention = observationConvention;
        this.apiBase = URI.create(config.url() + "/api_3");
        this.responseTimeout = config.responseTimeout();
        this.responseTimeoutName = "response timeout (responseTimeout, " + responseTimeout + ")";
        // The JSON and the JDK client are made on the first request: start-up, which sends none, need
        // not load Jackson or the JVM's trust store for them.
        long maxResponseSize = config.maxResponseSize();
        this.json = SingletonSupplier.of(() -> new AnswerJson(maxResponseSize));
        this.engine = new CoprHttpEngine(httpClient, config.readTimeout());
        this.errors = new ErrorResponses(json, URI.create(config.url() + "/api"),
                () -> engine.httpClient().connectTimeout().orElse(null), clock);
        String login = config.login();
        String token = config.token();
        this.credentials = new AtomicReference<>(login != null && token != null ? Credentials.of(login, token) : null);
        this.retries = new Retries(config.retry(), clock, sleeper);
    }

    /** The API root, {@code <url>/api_3}. */
    public URI apiBase() {
        return apiBase;
    }

    /** Where requests are observed; {@link ObservationRegistry#NOOP} when nowhere. */
    public ObservationRegistry observationRegistry() {
        return observationRegistry;
    }

    /** Whether API credentials are configured. */
    public boolean hasCredentials() {
        return credentials.get() != null;
    }

    /**
     * Switches to new credentials, e.g. after a token renewal: waits until no authenticated request
     * is in flight, and every authenticated request sent afterwards carries the new ones.
     */
    public void useCredentials(String login, String token) {
        exclusively(() -> {
            credentials.set(Credentials.of(login, token));
            return null;
        });
    }

    /**
     * Runs {@code action} while no other authenticated request is in flight: it waits for the ones
     * under way to finish, and authenticated requests of other threads wait until it returns.
     * Requests the action itself sends go through. This is how a token renewal replaces the
     * credentials without any request reaching Copr with the token it just invalidated.
     *
     * @throws CoprValidationException when called from within a request, e.g. by an upload listener
     */
    public <T> T exclusively(Supplier<T> action) {
        boolean withinRequest = credentialsLock.getReadHoldCount() > 0 || inUploadListener.get() != null;
        if (withinRequest && !credentialsLock.isWriteLockedByCurrentThread()) {
            throw new CoprValidationException("Copr credentials cannot be replaced from within a request"
                    + " (e.g. an upload progress listener): do it after the request has returned");
        }
        credentialsLock.writeLock().lock();
        try {
            return action.get();
        } finally {
            credentialsLock.writeLock().unlock();
        }
    }

    /** Sends the request and maps the JSON answer to {@code type}. */
    public <T> T execute(CoprRequest request, Class<T> type) {
        return execute(request, json.obtain().type(type), null);
    }

    /**
     * Sends the request and maps the JSON answer to {@code type}, all within {@code timeLimit},
     * retries included, when that is shorter than the configured bounds: a build watch bounds each
     * poll by the time it has left. A time limit of zero (the time is up) still sends the request
     * once, bounded by the response timeout alone, and retries nothing: a watch's poll at its timeout.
     */
    public <T> T execute(CoprRequest request, Class<T> type, Duration timeLimit) {
        return execute(request, json.obtain().type(type), timeLimit);
    }

    /**
     * Sends a list request with {@code pagination} and returns the first page, which fetches the
     * following ones with the same request.
     */
    public <T> Page<T> executePage(CoprRequest request, @Nullable Pagination pagination, Class<T> itemType) {
        ListAnswer<T> answer = execute(request.withPagination(pagination), json.obtain().listOf(itemType), null);
        return new Page<>(answer.items(), answer.meta(), next -> executePage(request, next, itemType));
    }

    /**
     * The request path, stage by stage: {@code execute} (URL, call deadline) → {@link #sendWithRetries}
     * → {@link #sendOnce} (credentials) → {@link #observe} ({@code copr.client.requests}) →
     * {@link #exchange} (HTTP through the {@link CoprHttpEngine}, error mapping) → {@link #decode} (JSON).
     */
    private <T> T execute(CoprRequest request, JavaType type, @Nullable Duration timeLimit) {
        URI uri = uri(request);
        ResponseDeadline callDeadline = timeLimit == null ? null
                : ResponseDeadline.in("time limit of the call (" + timeLimit + ")", timeLimit);
        return sendWithRetries(request, uri, type, callDeadline);
    }

    /**
     * The request until it is answered, fails for good or runs out of attempts (see {@link Retries}): a GET
     * after transient failures, any request after a 429. Each attempt sends the body anew: JSON from its
     * bytes, uploads from their files.
     */
    private <T> T sendWithRetries(CoprRequest request, URI uri, JavaType type,
                                  @Nullable ResponseDeadline callDeadline) {
        return retries.call(() -> sendOnce(request, uri, type, attemptDeadline(callDeadline)),
                request.method().equals("GET"), callDeadline);
    }

    /** The response timeout from now, or the call's deadline where that comes first, unless its time was zero. */
    private ResponseDeadline attemptDeadline(@Nullable ResponseDeadline callDeadline) {
        ResponseDeadline attempt = ResponseDeadline.in(responseTimeoutName, responseTimeout);
        return callDeadline != null && !callDeadline.length().isZero() && callDeadline.nanos() - attempt.nanos() < 0
                ? callDeadline : attempt;
    }

    /** One attempt; an authenticated one holds the credentials' read lock, so no renewal replaces them meanwhile. */
    private <T> T sendOnce(CoprRequest request, URI uri, JavaType type, ResponseDeadline deadline) {
        if (!request.authenticated()) {
            return observe(request, null, uri, type, deadline);
        }
        credentialsLock.readLock().lock();
        try {
            return observe(request, requiredCredentials(request), uri, type, deadline);
        } finally {
            credentialsLock.readLock().unlock();
        }
    }

    /** The attempt as one {@code copr.client.requests} observation, tagged with the answer's status. */
    private <T> T observe(CoprRequest request, @Nullable Credentials auth, URI uri, JavaType type,
                          ResponseDeadline deadline) {
        long uploadBytes = uploadBytes(request);
        if (observationRegistry.isNoop()) {
            // Nothing would record the observation: spare every request its context and maps
            return exchange(request, auth, uri, type, null, deadline);
        }
        CoprRequestObservationContext context = new CoprRequestObservationContext(request.operation(),
                request.method(), request.pathTemplate(), uri.toString(), uploadBytes);
        Observation observation = Observation.createNotStarted(observationConvention, DefaultConvention.INSTANCE,
                () -> context, observationRegistry).start();
        try (Observation.Scope scope = observation.openScope()) {
            return exchange(request, auth, uri, type, context, deadline);
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    /**
     * Sends the request through the engine and reads the answer: an error status, or a failure to get
     * a complete answer, becomes the matching {@link CoprException}; a success is decoded.
     */
    private <T> T exchange(CoprRequest request, @Nullable Credentials auth, URI uri, JavaType type,
                           @Nullable CoprRequestObservationContext context, ResponseDeadline deadline) {
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).header("User-Agent", UserAgent.VALUE);
        if (auth != null) {
            http.header("Authorization", auth.authorization());
        }
        long start = System.nanoTime();
        try (Answer answer = request.multipart() ? upload(request, http, deadline) : sendJson(request, http, deadline)) {
            int status = answer.status();
            if (context != null) {
                context.setStatus(status);
            }
            if (log.isDebugEnabled()) {
                log.debug("{} -> {} ({} ms)", requestLine(request, uri), status,
                        (System.nanoTime() - start) / 1_000_000);
            }
            if (status >= 300) {
                throw errors.fromStatus(status, answer.header("Location"),
                        answer.header("Retry-After"), answer.readNBytes(ERROR_BODY_LIMIT),
                        requestLine(request, uri));
            }
            return decode(answer, status, request, uri, type);
        } catch (IOException e) {
            String requestLine = requestLine(request, uri);
            log.debug("{} failed after {} ms: {}", requestLine, (System.nanoTime() - start) / 1_000_000, e.toString());
            throw errors.fromFailure(e, apiBase, requestLine);
        }
    }

    /** Sends the request with its JSON body, if any, on the calling thread. */
    private Answer sendJson(CoprRequest request, HttpRequest.Builder http, ResponseDeadline deadline)
            throws IOException {
        Object body = request.json();
        if (body == null) {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            http.header("Content-Type", "application/json").method(request.method(),
                    HttpRequest.BodyPublishers.ofByteArray(json.obtain().write(body)));
        }
        return engine.send(http, deadline);
    }

    /** Streams the request as multipart: its JSON in a part named {@code json}, then the files, with progress. */
    private Answer upload(CoprRequest request, HttpRequest.Builder http, ResponseDeadline deadline) throws IOException {
        Object body = request.json();
        MultipartBody multipart = new MultipartBody(json.obtain().write(body == null ? Map.of() : body),
                request.files(), this::marked);
        http.header("Content-Type", multipart.contentType())
                .method(request.method(), multipart.publisher());
        return engine.upload(http, multipart.activity(), deadline);
    }

    /** The JSON of a successful answer as {@code type}. */
    private <T> T decode(Answer answer, int status, CoprRequest request, URI uri, JavaType type) throws IOException {
        String contentType = answer.header("Content-Type");
        if (contentType != null && !contentType.isEmpty() && !JsonContentType.matches(contentType)) {
            String excerpt = ErrorResponses.excerpt(new String(answer.readNBytes(ERROR_BODY_LIMIT),
                    StandardCharsets.UTF_8));
            throw errors.unreadable(status, requestLine(request, uri), "content type " + contentType + ": " + excerpt,
                    null);
        }
        T decoded = json.obtain().read(answer, type,
                (problem, cause) -> errors.unreadable(status, requestLine(request, uri), problem, cause));
        if (decoded == null) {
            throw errors.unreadable(status, requestLine(request, uri), "JSON null instead of an answer", null);
        }
        return decoded;
    }

    private Credentials requiredCredentials(CoprRequest request) {
        Credentials current = credentials.get();
        if (current == null) {
            throw new CoprAuthException(request.operation() + " needs API credentials, but none are configured:"
                    + " set login and token (copr.login and copr.token, or the [copr-cli] section of "
                    + "~/.config/copr) from " + apiBase.resolve("/api"));
        }
        return current;
    }

    /** The request as error messages and the debug log name it, e.g. {@code GET /api_3/build/42}. */
    private static String requestLine(CoprRequest request, URI uri) {
        String query = uri.getRawQuery();
        return request.method() + " " + uri.getRawPath() + (query == null ? "" : "?" + query);
    }

    /** {@code /api_3} + the path with its values and the query, every value strictly percent-encoded. */
    private URI uri(CoprRequest request) {
        StringBuilder uri = new StringBuilder(apiBase.toString());
        String template = request.pathTemplate();
        int value = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                uri.append(PercentEncoding.encode(String.valueOf(request.pathValues().get(value++))));
                i = template.indexOf('}', i);
            } else {
                uri.append(c);
            }
        }
        char separator = '?';
        for (Map.Entry<String, Object> parameter : request.query()) {
            uri.append(separator).append(PercentEncoding.encode(parameter.getKey())).append('=')
                    .append(PercentEncoding.encode(queryValue(parameter.getValue())));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static long uploadBytes(CoprRequest request) {
        long total = 0;
        for (FilePart file : request.files()) {
            try {
                total += Files.size(file.file());
            } catch (IOException e) {
                throw new CoprValidationException("upload file " + file.file().toAbsolutePath()
                        + " cannot be read: " + e.getMessage());
            }
        }
        return total;
    }

    private static String queryValue(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        return String.valueOf(value);
    }

    private UploadProgressListener marked(UploadProgressListener listener) {
        return (sent, total) -> {
            inUploadListener.set(Boolean.TRUE);
            try {
                listener.onProgress(sent, total);
            } finally {
                inUploadListener.remove();
            }
        };
    }

    /** A JSON list answer, {@code {"items": [...], "meta": {...}}}; refused without items or with a null one. */
    record ListAnswer<T>(@JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<T> items,
                         @Nullable PageMeta meta) {
    }

    /** The default convention, loaded with the first observed request rather than with the client. */
    private static final class DefaultConvention {
        static final CoprRequestObservationConvention INSTANCE = new DefaultCoprRequestObservationConvention();
    }
}
