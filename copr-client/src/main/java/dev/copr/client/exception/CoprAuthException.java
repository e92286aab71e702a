package dev.copr.client.exception;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Copr refused the credentials (401) or the access (403), or a call needs credentials that are not
 * configured (python-copr `CoprAuthException`).
 *
 * @since 0.1.0
 */
public class CoprAuthException extends CoprException {

    /** An error found without an HTTP exchange. */
    public CoprAuthException(String message) {
        super(message);
    }

    /**
     * An error of an HTTP exchange; see {@link CoprException#CoprException(String, int, String, String,
     * Throwable)}.
     */
    public CoprAuthException(String message, int status, @Nullable String coprError, @Nullable String request,
                             @Nullable Throwable cause) {
        super(message, status, coprError, request, cause);
    }

    /**
     * Whether Copr said the login is invalid or expired ({@code Login invalid/expired ...}): the API
     * token has run out or was replaced by a renewal; the message says how to get a new one.
     */
    public boolean isLoginInvalidOrExpired() {
        String error = getCoprError();
        if (error == null) {
            return false;
        }
        String text = error.toLowerCase(Locale.ROOT);
        return text.contains("login") && (text.contains("invalid") || text.contains("expired"));
    }
}
