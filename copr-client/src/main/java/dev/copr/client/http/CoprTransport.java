package dev.copr.client.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.copr.client.CoprAuthException;
import dev.copr.client.CoprConfig;
import dev.copr.client.CoprException;
import dev.copr.client.CoprValidationException;
import dev.copr.client.RetrySettings;
import dev.copr.client.UploadProgressListener;
import dev.copr.client.observation.CoprRequestObservationContext;
import dev.copr.client.observation.CoprRequestObservationConvention;
import dev.copr.client.observation.DefaultCoprRequestObservationConvention;
import dev.copr.client.page.Page;
import dev.copr.client.page.PageMeta;
import dev.copr.client.page.Pagination;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that talks HTTP to Copr: builds the URL under {@code /api_3}, adds credentials to
 * calls that need them, sends JSON or streamed multipart bodies, retries safe requests and maps
 * answers to records or to the {@link CoprException} hierarchy. Shared by all proxies; thread-safe.
 *
 * <p>Part of the client's plumbing: applications use {@code CoprClient} and its proxies.
 */
public final class CoprTransport {

    private static final Logger log = LoggerFactory.getLogger(CoprTransport.class);
    private static final int ERROR_BODY_LIMIT = 64 * 1024;
    private static final CoprRequestObservationConvention DEFAULT_CONVENTION =
            new DefaultCoprRequestObservationConvention();

    private final URI apiBase;
    private final RestClient restClient;
    private final JsonMapper json = CoprJson.MAPPER;
    private final ErrorResponses errors;
    private final AtomicReference<Credentials> credentials;
    /** Read-held by each authenticated exchange, write-held while credentials are replaced. */
    private final ReentrantReadWriteLock credentialsLock = new ReentrantReadWriteLock();
    /** Set while an upload listener runs, possibly on a thread of the HTTP client. */
    private final ThreadLocal<Boolean> inUploadListener = new ThreadLocal<>();
    private final RetryTemplate retryTemplate;
    private final ObservationRegistry observationRegistry;
    private final CoprRequestObservationConvention observationConvention;

    /** A transport without observations; see the full constructor. */
    public CoprTransport(CoprConfig config, RestClient.Builder builder, ClientHttpRequestFactory requestFactory) {
        this(config, builder, requestFactory, null, null);
    }

    /**
     * @param config where to connect, credentials, timeouts and retries
     * @param builder a {@link RestClient.Builder} to start from (it is cloned, not changed), e.g.
     *                Spring Boot's with its observations; null for a plain one
     * @param requestFactory the HTTP client to use; null for the JDK {@link HttpClient} speaking
     *                       HTTP/1.1 (as python-copr does) with the config's timeouts
     * @param observationRegistry where each request is observed as {@code copr.client.requests};
     *                            null for none
     * @param observationConvention names and tags of those observations; null for the default
     */
    public CoprTransport(CoprConfig config, RestClient.Builder builder, ClientHttpRequestFactory requestFactory,
                         ObservationRegistry observationRegistry,
                         CoprRequestObservationConvention observationConvention) {
        this.observationRegistry = observationRegistry == null ? ObservationRegistry.NOOP : observationRegistry;
        this.observationConvention = observationConvention;
        this.apiBase = URI.create(config.url() + "/api_3");
        this.errors = new ErrorResponses(json, URI.create(config.url() + "/api"));
        this.credentials = new AtomicReference<>(
                config.hasCredentials() ? new Credentials(config.login(), config.token()) : null);
        this.restClient = (builder == null ? RestClient.builder() : builder.clone())
                .requestFactory(requestFactory == null ? jdkRequestFactory(config) : requestFactory)
                .defaultHeader(HttpHeaders.USER_AGENT, UserAgent.VALUE)
                .build();
        this.retryTemplate = config.retry().enabled() ? new RetryTemplate(retryPolicy(config.retry())) : null;
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
            credentials.set(new Credentials(login, token));
            return null;
        });
    }

    /**
     * Runs {@code action} while no other authenticated request is in flight: it waits for the ones
     * under way to finish, and authenticated requests of other threads wait until it returns.
     * Requests the action itself sends go through. This is how a token renewal replaces the
     * credentials without any request reaching Copr with the token it just invalidated.
     *
     * @throws IllegalStateException when called from within a request, e.g. by an upload listener
     */
    public <T> T exclusively(Supplier<T> action) {
        boolean withinRequest = credentialsLock.getReadHoldCount() > 0 || inUploadListener.get() != null;
        if (withinRequest && !credentialsLock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("Copr credentials cannot be replaced from within a request"
                    + " (e.g. an upload progress listener): do it after the request has returned");
        }
        credentialsLock.writeLock().lock();
        try {
            return action.get();
        } finally {
            credentialsLock.writeLock().unlock();
        }
    }

    /** Sends the request and maps the JSON answer to {@code type}; a null type ignores the body. */
    public <T> T execute(CoprRequest request, Class<T> type) {
        return execute(request, type == null ? null : json.constructType(type));
    }

    /**
     * Sends a list request with {@code pagination} and returns the first page, which fetches the
     * following ones with the same request.
     */
    public <T> Page<T> executePage(CoprRequest request, Pagination pagination, Class<T> itemType) {
        JavaType type = json.getTypeFactory().constructParametricType(ListAnswer.class, itemType);
        ListAnswer<T> answer = execute(request.withPagination(pagination), type);
        return new Page<>(answer.items(), answer.meta(), next -> executePage(request, next, itemType));
    }

    private <T> T execute(CoprRequest request, JavaType type) {
        URI uri = uri(request);
        String requestLine = request.method() + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Supplier<T> call = () -> send(request, uri, requestLine, type);
        if (retryTemplate != null && request.method() == HttpMethod.GET) {
            return retryTemplate.invoke(call);
        }
        return call.get();
    }

    private <T> T send(CoprRequest request, URI uri, String requestLine, JavaType type) {
        if (!request.authenticated()) {
            return observe(request, null, uri, requestLine, type);
        }
        credentialsLock.readLock().lock();
        try {
            return observe(request, requiredCredentials(request), uri, requestLine, type);
        } finally {
            credentialsLock.readLock().unlock();
        }
    }

    private <T> T observe(CoprRequest request, Credentials auth, URI uri, String requestLine, JavaType type) {
        CoprRequestObservationContext context = new CoprRequestObservationContext(request.operation(),
                request.method().name(), request.pathTemplate(), uri.toString(), uploadBytes(request));
        Observation observation = Observation.createNotStarted(observationConvention, DEFAULT_CONVENTION,
                () -> context, observationRegistry).start();
        try (Observation.Scope scope = observation.openScope()) {
            return send(request, auth, uri, requestLine, type, context);
        } catch (RuntimeException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private <T> T send(CoprRequest request, Credentials auth, URI uri, String requestLine, JavaType type,
                       CoprRequestObservationContext context) {
        RestClient.RequestBodySpec spec = restClient.method(request.method()).uri(uri);
        if (auth != null) {
            spec.headers(headers -> headers.setBasicAuth(auth.login(), auth.token()));
        }
        if (request.multipart()) {
            spec.contentType(MediaType.MULTIPART_FORM_DATA).body(multipartBody(request));
        } else if (request.json() != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(request.json()));
        }
        long start = System.nanoTime();
        try {
            T result = spec.exchange((httpRequest, response) -> {
                int status = response.getStatusCode().value();
                context.setStatus(status);
                log.debug("{} -> {} ({} ms)", requestLine, status, (System.nanoTime() - start) / 1_000_000);
                if (status >= 300) {
                    byte[] body = response.getBody().readNBytes(ERROR_BODY_LIMIT);
                    throw errors.fromStatus(status, response.getHeaders().getFirst(HttpHeaders.LOCATION), body,
                            requestLine);
                }
                return read(response.getHeaders().getContentType(), response.getBody(), status, requestLine, type);
            });
            return result;
        } catch (RestClientException e) {
            log.debug("{} failed after {} ms: {}", requestLine, (System.nanoTime() - start) / 1_000_000, e.toString());
            throw errors.fromFailure(e, apiBase, requestLine);
        }
    }

    private <T> T read(MediaType contentType, InputStream body, int status, String requestLine, JavaType type)
            throws IOException {
        if (type == null) {
            return null;
        }
        if (contentType != null && !isJson(contentType)) {
            String excerpt = ErrorResponses.excerpt(new String(body.readNBytes(ERROR_BODY_LIMIT),
                    StandardCharsets.UTF_8));
            throw errors.unreadable(status, requestLine, "content type " + contentType + ": " + excerpt, null);
        }
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw errors.fromFailure(io, apiBase, requestLine);
            }
            throw errors.unreadable(status, requestLine, e.getOriginalMessage(), e);
        }
    }

    private static boolean isJson(MediaType contentType) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || contentType.getSubtype().endsWith("+json");
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

    /** {@code /api_3} + the path with its values and the query, every value strictly percent-encoded. */
    private URI uri(CoprRequest request) {
        StringBuilder uri = new StringBuilder(apiBase.toString());
        String template = request.pathTemplate();
        int value = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                uri.append(UriUtils.encode(String.valueOf(request.pathValues().get(value++)), StandardCharsets.UTF_8));
                i = template.indexOf('}', i);
            } else {
                uri.append(c);
            }
        }
        char separator = '?';
        for (Map.Entry<String, Object> parameter : request.query()) {
            uri.append(separator).append(UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(UriUtils.encode(queryValue(parameter.getValue()), StandardCharsets.UTF_8));
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

    private MultiValueMap<String, HttpEntity<?>> multipartBody(CoprRequest request) {
        MultiValueMap<String, HttpEntity<?>> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        byte[] jsonBytes = json.writeValueAsBytes(request.json() == null ? Map.of() : request.json());
        parts.add("json", new HttpEntity<>(new NamedBytes(jsonBytes, "json"), jsonHeaders));
        for (FilePart file : request.files()) {
            HttpHeaders fileHeaders = new HttpHeaders();
            fileHeaders.setContentType(MediaType.parseMediaType(file.contentType()));
            parts.add(file.name(), new HttpEntity<>(new ProgressFileResource(file.file(), marked(file.listener())),
                    fileHeaders));
        }
        return parts;
    }

    private UploadProgressListener marked(UploadProgressListener listener) {
        if (listener == null) {
            return null;
        }
        return (sent, total) -> {
            inUploadListener.set(Boolean.TRUE);
            try {
                listener.onProgress(sent, total);
            } finally {
                inUploadListener.remove();
            }
        };
    }

    private static RetryPolicy retryPolicy(RetrySettings retry) {
        return RetryPolicy.builder()
                .maxRetries(retry.maxAttempts() - 1L)
                .delay(retry.initialDelay())
                .multiplier(retry.multiplier())
                .maxDelay(retry.maxDelay())
                .predicate(ErrorResponses::isTransient)
                .build();
    }

    private static ClientHttpRequestFactory jdkRequestFactory(CoprConfig config) {
        HttpClient httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).build();
        return new JdkClientHttpRequestFactory(new BlockingHttpClient(httpClient, config.readTimeout()));
    }

    /** A JSON list answer, {@code {"items": [...], "meta": {...}}}; refused without items or with a null one. */
    record ListAnswer<T>(@JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<T> items, PageMeta meta) {
    }

    /** In-memory bytes sent as a multipart part with a filename, as Copr expects for {@code json}. */
    private static final class NamedBytes extends ByteArrayResource {
        private final String filename;

        NamedBytes(byte[] bytes, String filename) {
            super(bytes);
            this.filename = filename;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof NamedBytes named && filename.equals(named.filename);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + filename.hashCode();
        }
    }
}
