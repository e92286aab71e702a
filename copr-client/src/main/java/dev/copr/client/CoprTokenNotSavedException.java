package dev.copr.client;

import dev.copr.client.config.ApiToken;
import dev.copr.client.config.ApiTokenStore;
import dev.copr.client.exception.CoprConfigException;

/**
 * Copr renewed the API token and the client uses the new one, but the {@link ApiTokenStore} could
 * not save it. The store still holds the previous token, which Copr no longer accepts: save
 * {@link #getToken()} elsewhere, or copy the current token from the Copr web UI ({@code <copr-url>/api}).
 *
 * @since 0.1.0
 */
public class CoprTokenNotSavedException extends CoprConfigException {

    private final transient ApiToken token;

    /**
     * @param message what could not be saved and what to do; never the token
     * @param token the renewed token
     * @param cause the failure of the store
     */
    public CoprTokenNotSavedException(String message, ApiToken token, Throwable cause) {
        super(message, cause);
        this.token = token;
    }

    /** The renewed token, the only copy besides Copr's web UI. */
    public ApiToken getToken() {
        return token;
    }
}
