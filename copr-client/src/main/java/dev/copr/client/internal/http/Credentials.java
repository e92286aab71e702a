package dev.copr.client.internal.http;

/** API login and token; {@link #toString()} hides both. */
record Credentials(String login, String token) {

    @Override
    public String toString() {
        return "Credentials[****]";
    }
}
