package dev.copr.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Connection details given as they are, for tests; a test overrides the default methods it is about
 * in an anonymous subclass.
 */
public class TestConnectionDetails implements CoprConnectionDetails {

    private final URI url;
    private final @Nullable String login;
    private final @Nullable String token;
    private final @Nullable String username;

    public TestConnectionDetails(String url, @Nullable String login, @Nullable String token,
                                 @Nullable String username) {
        this.url = URI.create(url);
        this.login = login;
        this.token = token;
        this.username = username;
    }

    /** Anonymous access to {@code url}. */
    public TestConnectionDetails(String url) {
        this(url, null, null, null);
    }

    @Override
    public URI getUrl() {
        return url;
    }

    @Override
    public @Nullable String getLogin() {
        return login;
    }

    @Override
    public @Nullable String getToken() {
        return token;
    }

    @Override
    public @Nullable String getUsername() {
        return username;
    }
}
