package dev.copr.client.http;

import dev.copr.client.CoprAuthException;
import dev.copr.client.CoprException;
import dev.copr.client.CoprNoResultException;
import dev.copr.client.CoprRequestException;
import dev.copr.client.CoprTimeoutException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns Copr's error answers and failed exchanges into the {@link CoprException} hierarchy. */
final class ErrorResponses {

    private static final int EXCERPT_LENGTH = 300;
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    private final JsonMapper json;
    private final URI tokenPage;

    /**
     * @param json reads Copr's JSON error bodies
     * @param tokenPage the web UI page of the configured instance that shows and renews the API token
     */
    ErrorResponses(JsonMapper json, URI tokenPage) {
        this.json = json;
        this.tokenPage = tokenPage;
    }

    /** An HTTP answer with a status of 300 or more. */
    CoprException fromStatus(int status, String location, byte[] body, String request) {
        String text = status >= 300 && status < 400
                ? "unexpected redirect" + (location == null ? "" : " to " + location)
                        + "; check the configured Copr url"
                : coprError(body);
        String message = "Copr answered HTTP " + status + " to " + request + ": " + text;
        return switch (status) {
            case 401, 403 -> auth(message, status, text, request);
            case 404 -> new CoprNoResultException(message, status, text, request, null);
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

    /** A successful status whose body is not the JSON the call expects. */
    CoprException unreadable(int status, String request, String problem, Throwable cause) {
        return new CoprRequestException("Copr answered HTTP " + status + " to " + request
                + " with a body that is not the expected JSON (" + problem + ")", status, null, request, cause);
    }

    /** No complete answer: connection refused or reset, timeout. */
    CoprException fromFailure(Throwable failure, URI apiBase, String request) {
        if (isReadTimeout(failure)) {
            return new CoprTimeoutException("No answer from Copr within the read timeout to " + request,
                    0, null, request, failure);
        }
        if (find(failure, HttpConnectTimeoutException.class) != null) {
            return new CoprTimeoutException("Unable to connect to " + apiBase + " within the connect timeout ("
                    + request + ")", 0, null, request, failure);
        }
        String reason = find(failure, ConnectException.class) != null ? "Unable to connect to " + apiBase
                : "Connection to " + apiBase + " failed";
        return new CoprRequestException(reason + " (" + request + "): " + rootMessage(failure),
                0, null, request, failure);
    }

    /** Whether a failure may pass if the same safe request is sent again. */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof CoprException copr) {
            int status = copr.getStatus();
            if (status == 502 || status == 503 || status == 504) {
                return true;
            }
            return find(copr, IOException.class) != null && !isReadTimeout(copr);
        }
        return false;
    }

    private static boolean isReadTimeout(Throwable failure) {
        HttpTimeoutException timeout = find(failure, HttpTimeoutException.class);
        return (timeout != null && !(timeout instanceof HttpConnectTimeoutException))
                || find(failure, SocketTimeoutException.class) != null;
    }

    private String coprError(byte[] body) {
        if (body.length == 0) {
            return "(empty body)";
        }
        try {
            Map<?, ?> map = json.readValue(body, Map.class);
            if (map.get("error") instanceof String error) {
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

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
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
