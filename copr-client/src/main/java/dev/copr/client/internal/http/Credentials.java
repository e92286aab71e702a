package dev.copr.client.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * API login and token, as the {@code Authorization} header that sends them, encoded once;
 * {@link #toString()} hides it.
 *
 * @param authorization the header's value, {@code Basic <base64 of login:token>}
 */
record Credentials(String authorization) {

    /**
     * The credentials of {@code login} and {@code token}, encoded as ISO-8859-1 as HTTP Basic
     * authentication sends them.
     *
     * @throws IllegalArgumentException when the login contains {@code :} or either is not ISO-8859-1
     */
    static Credentials of(String login, String token) {
        if (login.indexOf(':') >= 0) {
            throw new IllegalArgumentException("Username must not contain a colon");
        }
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(login)
                || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(token)) {
            throw new IllegalArgumentException("Username or password contains characters that cannot be encoded to "
                    + StandardCharsets.ISO_8859_1.displayName());
        }
        byte[] pair = (login + ":" + token).getBytes(StandardCharsets.ISO_8859_1);
        return new Credentials("Basic " + Base64.getEncoder().encodeToString(pair));
    }

    @Override
    public String toString() {
        return "Credentials[****]";
    }
}
