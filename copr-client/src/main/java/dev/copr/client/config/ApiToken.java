package dev.copr.client.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/**
 * Fresh API credentials from {@code POST /api_3/api-token}. {@link #toString()} hides them.
 *
 * @param apiLogin the new API login
 * @param apiToken the new API token
 * @param expiration the last day the token is valid
 */
public record ApiToken(@JsonProperty("api_login") String apiLogin, @JsonProperty("api_token") String apiToken,
                       LocalDate expiration) {

    @Override
    public String toString() {
        return "ApiToken[apiLogin=****, apiToken=****, expiration=" + expiration + "]";
    }
}
