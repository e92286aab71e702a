package dev.copr.client.internal.http;

import org.springframework.http.HttpHeaders;

/**
 * API login and token, as the {@code Authorization} header that sends them, encoded once;
 * {@link #toString()} hides it.
 *
 * @param authorization the header's value, {@code Basic <base64 of login:token>}
 */
record Credentials(String authorization) {

    /** The credentials of {@code login} and {@code token}. */
    static Credentials of(String login, String token) {
        return new Credentials("Basic " + HttpHeaders.encodeBasicAuth(login, token, null));
    }

    @Override
    public String toString() {
        return "Credentials[****]";
    }
}
