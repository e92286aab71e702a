package dev.copr.client.internal.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRateLimitException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;

import org.jspecify.annotations.Nullable;

/** Turns Copr's error answers and failed exchanges into the {@link CoprException} hierarchy. */
final class ErrorResponses {

    private static final int EXCERPT_LENGTH = 300;
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    private final Supplier<JsonMapper> json;
    private final URI tokenPage;
    private final Supplier<@Nullable Duration> connectTimeout;
    private final Clock clock;

    /**
     * @param json reads Copr's JSON error bodies
     * @param tokenPage the web UI page of the configured instance that shows and renews the API token
     * @param connectTimeout the HTTP client's connect timeout, named when it runs out; gives null when unknown
     * @param clock what a {@code Retry-After} in seconds counts from
     */
    ErrorResponses(Supplier<JsonMapper> json, URI tokenPage, Supplier<@Nullable Duration> connectTimeout,
                   Clock clock) {
        this.json = json;
        this.tokenPage = tokenPage;
        this.connectTimeout = connectTimeout;
        this.clock = clock;
    }

    /**
     * An HTTP answer with a status of 300 or more.
     * @param location its {@code Location} header, named for a redirect
     * @param retryAfter its {@code Retry-After} header, read for a 429
     */
    CoprException fromStatus(int status, @Nullable String location, @Nullable String retryAfter, byte[] body,
                             String request) {
        String text = status >= 300 && status < 400
                ? "unexpected redirect" + (location == null ? "" : " to " + location)
                        + "; check the configured Copr url"
                : coprError(body);
        String message = "Copr answered HTTP " + status + " to " + request + ": " + text;
        return switch (status) {
            case 401, 403 -> auth(message, status, text, request);
            case 404 -> new CoprNoResultException(message, status, text, request, null);
            case 429 -> rateLimited(text, request, RetryAfter.parse(retryAfter, clock.instant()));
            case 504 -> new CoprTimeoutException(message, status, text, request, null);
            default -> new CoprRequestException(message, status, text, request, null);
        };
    }

    private CoprAuthException auth(String message, int status, String text, String request) {
        CoprAuthException refused = new CoprAuthException(message, status, text, request, null);
        if (!refused.isLoginInvalidOrExpired()) {
            return refused;
        }
        return new CoprAuthException(message + " -- The API token has expired or was replaced by a newer one:"
                + " get the current token at " + tokenPage + " and set it as the token (copr.token, or token in"
                + " ~/.config/copr); while a token is still valid, CoprClient.renewApiToken() renews it"
                + " (Spring Boot: copr.token-renewal.enabled=true)", status, text, request, null);
    }

    private static CoprRateLimitException rateLimited(String text, String request, @Nullable Instant retryAfter) {
        return new CoprRateLimitException("Copr is rate limiting requests: it answered HTTP 429 to " + request + ": "
                + text + (retryAfter == null ? "; it did not say when to retry (no Retry-After)"
                        : "; retry after " + retryAfter), 429, text, request, null, retryAfter);
    }

    /**
     * The last 429 of a request whose retries ran out, with the reason, e.g. {@code after 3 requests}.
     * @param last the last attempt's failure, the cause
     */
    static CoprRateLimitException rateLimitedGivenUp(CoprRateLimitException last, String reason) {
        return new CoprRateLimitException(last.getMessage() + " (gave up " + reason + ")", last.getStatus(),
                last.getCoprError(), last.getRequest(), last, last.retryAfter().orElse(null));
    }

    /** A successful status whose body is not the JSON the call expects. */
    CoprException unreadable(int status, String request, String problem, @Nullable Throwable cause) {
        return new CoprRequestException("Copr answered HTTP " + status + " to " + request
                + " with a body that is not the expected JSON (" + problem + ")", status, null, request, cause);
    }

    /**
     * No complete answer: one of the client's time bounds ran out ({@link TimeoutExceeded}, as the engine
     * throws it), or the JDK client failed to connect, to send or to receive, as it reports it.
     */
    CoprException fromFailure(IOException failure, URI apiBase, String request) {
        if (failure instanceof TimeoutExceeded exceeded) {
            return new CoprTimeoutException("Copr request " + request + " timed out: " + exceeded.getMessage(),
                    0, null, request, failure);
        }
        if (find(failure, HttpConnectTimeoutException.class) != null) {
            Duration timeout = connectTimeout.get();
            return new CoprTimeoutException("Copr request " + request + " timed out: connect timeout (connectTimeout"
                    + (timeout == null ? "" : ", " + timeout) + ") exceeded: unable to connect to " + apiBase,
                    0, null, request, failure);
        }
        if (isTimeout(failure)) {
            return new CoprTimeoutException("Copr request " + request + " timed out: " + rootMessage(failure),
                    0, null, request, failure);
        }
        if (find(failure, SSLHandshakeException.class) != null) {
            return new CoprRequestException("TLS handshake with " + apiBase + " failed (" + request + "): "
                    + rootMessage(failure) + "; if Copr's certificate is issued by a private CA, trust it (Spring Boot:"
                    + " copr.ssl.bundle; plain Java: an SSLContext on CoprClient.Builder.httpClient)",
                    0, null, request, failure);
        }
        if (find(failure, ConnectException.class) != null) {
            return new CoprRequestException("Unable to connect to " + apiBase + " (" + request + "): "
                    + connectFailure(failure), 0, null, request, failure);
        }
        return new CoprRequestException("Connection to " + apiBase + " failed (" + request + "): "
                + rootMessage(failure), 0, null, request, failure);
    }

    /**
     * The JDK's HTTP client reports a refused connection as a {@code ConnectException} without a
     * message around a {@code ClosedChannelException}, which reads as if Copr had hung up.
     */
    private static String connectFailure(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null || root instanceof ClosedChannelException
                ? "connection refused: nothing listens there, or a firewall rejects it; check the URL and port"
                : root.getMessage();
    }

    /**
     * Whether a failure may pass if the same safe request is sent again: HTTP 502, 503 and 504, and
     * connections that failed. A timeout of the client is never repeated (the bound is meant to hold),
     * nor a TLS handshake that failed (the certificate will not change).
     */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof CoprException copr) {
            int status = copr.getStatus();
            if (status == 502 || status == 503 || status == 504) {
                return true;
            }
            return status == 0 && find(copr, IOException.class) != null && !isTimeout(copr)
                    && find(copr, SSLHandshakeException.class) == null;
        }
        return false;
    }

    /**
     * Whether the connection failed after the request went out and before the answer's head came
     * back: the JDK client may then have sent a GET twice.
     */
    static boolean failedBeforeAnswer(CoprException failure) {
        return find(failure, NoAnswerException.class) != null;
    }

    private static boolean isTimeout(Throwable failure) {
        return find(failure, HttpTimeoutException.class) != null || find(failure, SocketTimeoutException.class) != null;
    }

    private String coprError(byte[] body) {
        if (body.length == 0) {
            return "(empty body)";
        }
        try {
            // A body of JSON null reads as null: it is shown as text like any body without an error field
            Object answer = json.get().readValue(body, Map.class);
            if (answer instanceof Map<?, ?> map && map.get("error") instanceof String error) {
                return error;
            }
        } catch (JacksonException notJson) {
            // not JSON: fall through to an excerpt of the text
        }
        return excerpt(new String(body, StandardCharsets.UTF_8));
    }

    /** A short one-line excerpt of a text or HTML body. */
    static String excerpt(String text) {
        Matcher title = HTML_TITLE.matcher(text);
        String plain = title.find() ? title.group(1) : HTML_TAG.matcher(text).replaceAll(" ");
        plain = plain.replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT_LENGTH ? plain : plain.substring(0, EXCERPT_LENGTH) + "...";
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
