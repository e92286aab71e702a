package dev.copr.client.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Fresh API credentials from {@code POST /api_3/api-token}. {@link #toString()} hides them.
 *
 * @param apiLogin the new API login
 * @param apiToken the new API token
 * @param expiration the last day the token is valid, when known
 * @since 0.1.0
 */
public record ApiToken(@JsonProperty("api_login") String apiLogin, @JsonProperty("api_token") String apiToken,
                       @Nullable LocalDate expiration) {

    @Override
    public String toString() {
        return "ApiToken[apiLogin=****, apiToken=****, expiration=" + expiration + "]";
    }
}
