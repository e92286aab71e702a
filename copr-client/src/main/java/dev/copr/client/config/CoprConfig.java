package dev.copr.client.config;

import dev.copr.client.exception.CoprConfigException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach one Copr instance: the equivalent of python-copr's config dict.
 *
 * <p>Immutable; build one with {@link #builder()} or read python-copr's file with
 * {@link ClassicConfigFile}. {@link #toString()} never shows the token. Errors name the builder
 * method of the wrong setting, e.g. {@code CoprConfig.readTimeout}.
 *
 * @since 0.1.0
 */
public final class CoprConfig {

    /** The public Fedora Copr instance, python-copr's default. */
    public static final URI DEFAULT_URL = URI.create("https://copr.fedorainfracloud.org");

    /** Default longest wait for a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Default longest wait for an answer; Copr's own gateway gives up after about a minute. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);

    /** Default longest time for a whole answer: well above Copr's gateway timeout, far below forever. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofMinutes(5);

    /** Default largest answer: 32 MiB, a hundred times a page of 100 builds. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L << 20;

    private final URI url;
    private final @Nullable String login;
    private final @Nullable String token;
    private final @Nullable String username;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration responseTimeout;
    private final long maxResponseSize;
    private final RetryOptions retry;
    private final @Nullable LocalDate tokenExpiration;

    private CoprConfig(Builder builder) {
        url = checkedUrl(builder.url);
        login = sendable("login", blankToNull(builder.login));
        token = sendable("token", blankToNull(builder.token));
        username = blankToNull(builder.username);
        if (token != null && login == null) {
            throw new CoprConfigException("CoprConfig", "login", "is empty but the token is set:"
                    + " set both, or neither for anonymous access");
        }
        if (login != null && token == null) {
            throw new CoprConfigException("CoprConfig", "token", "is empty but the login is set:"
                    + " set both, or neither for anonymous access");
        }
        connectTimeout = checkedTimeout("connectTimeout", builder.connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        readTimeout = checkedTimeout("readTimeout", builder.readTimeout, DEFAULT_READ_TIMEOUT);
        responseTimeout = checkedTimeout("responseTimeout", builder.responseTimeout, DEFAULT_RESPONSE_TIMEOUT);
        if (builder.maxResponseSize < 0) {
            throw new CoprConfigException("CoprConfig", "maxResponseSize", "must be positive, was "
                    + builder.maxResponseSize + " bytes");
        }
        maxResponseSize = builder.maxResponseSize == 0 ? DEFAULT_MAX_RESPONSE_SIZE : builder.maxResponseSize;
        retry = builder.retry == null ? RetryOptions.defaults() : builder.retry;
        tokenExpiration = token == null ? null : builder.tokenExpiration;
    }

    /** A builder starting from the defaults: public instance, anonymous. */
    public static Builder builder() {
        return new Builder();
    }

    /** Base URL of the Copr frontend, e.g. {@code https://copr.fedorainfracloud.org}, without a trailing slash. */
    public URI url() {
        return url;
    }

    /** API login (not the user name); null for anonymous access. */
    public @Nullable String login() {
        return login;
    }

    /** API token; null for anonymous access. */
    public @Nullable String token() {
        return token;
    }

    /** The Copr user name the credentials belong to, when configured. */
    public @Nullable String username() {
        return username;
    }

    /** Longest wait for a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Longest wait for the answer's headers, and longest pause while its body arrives or while an upload is sent. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Longest time from sending a request (for an upload: from the end of the upload) until its whole
     * answer has arrived.
     */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** Largest answer body read, in bytes; a longer one fails while it is read. */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /** How safe requests are retried. */
    public RetryOptions retry() {
        return retry;
    }

    /**
     * The last day the token is valid, when known (Copr's web UI shows it and writes it as
     * {@code # expiration date:} into the classic config file); null without credentials.
     */
    public @Nullable LocalDate tokenExpiration() {
        return tokenExpiration;
    }

    /** Whether login and token are set. */
    public boolean hasCredentials() {
        return token != null;
    }

    /** A builder holding this configuration, to change a few values. */
    public Builder toBuilder() {
        return new Builder().url(url).credentials(login, token).username(username)
                .connectTimeout(connectTimeout).readTimeout(readTimeout).responseTimeout(responseTimeout)
                .maxResponseSize(maxResponseSize).retry(retry).tokenExpiration(tokenExpiration);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CoprConfig that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {url, login, token, username, connectTimeout, readTimeout, responseTimeout,
                maxResponseSize, retry, tokenExpiration};
    }

    /** The settings, with login and token hidden. */
    @Override
    public String toString() {
        return "CoprConfig[url=" + url + ", login=" + (login == null ? "none" : "****")
                + ", token=" + (token == null ? "none" : "****") + ", username=" + username
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", responseTimeout=" + responseTimeout + ", maxResponseSize=" + maxResponseSize + ", retry=" + retry
                + ", tokenExpiration=" + tokenExpiration + "]";
    }

    private static URI checkedUrl(@Nullable URI url) {
        if (url == null) {
            return DEFAULT_URL;
        }
        String scheme = url.getScheme();
        if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || url.getHost() == null) {
            throw new CoprConfigException("CoprConfig", "url", "'" + RedactedUrl.of(url) + "' is not an http(s) URL"
                    + " with a host: use e.g. " + DEFAULT_URL);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new CoprConfigException("CoprConfig", "url", "'" + url.getScheme() + "://" + url.getHost()
                    + "...' must not carry user info, a query or a fragment: give only the frontend's base URL");
        }
        String text = url.toString();
        URI base = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.equals("api_3") || last.equals("api")) {
            // The client appends /api_3 itself; a URL that already holds it makes every call 404
            String frontend = base.toString().substring(0, base.toString().length() - last.length() - 1);
            throw new CoprConfigException("CoprConfig", "url", "'" + url + "' is the API's address, not the frontend's:"
                    + " give the frontend's base URL without /" + last + ", e.g. " + frontend);
        }
        return base;
    }

    /** A login or token HTTP Basic authentication can carry; the message names the field, never the value. */
    private static @Nullable String sendable(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (name.equals("login") && value.indexOf(':') >= 0) {
            throw new CoprConfigException("CoprConfig", "login", "contains ':', which HTTP Basic authentication reads"
                    + " as the end of the login: copy the API login again from <copr-url>/api");
        }
        if (value.chars().anyMatch(c -> c > 0xFF || Character.isISOControl(c))) {
            throw new CoprConfigException("CoprConfig", name, "contains a control character or one outside"
                    + " ISO-8859-1, which HTTP Basic authentication cannot send: copy the API " + name
                    + " again from <copr-url>/api");
        }
        return value;
    }

    private static Duration checkedTimeout(String name, @Nullable Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new CoprConfigException("CoprConfig", name, "must be positive, was " + value);
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Builds a {@link CoprConfig}; every setting is optional, and null sets it back to its default. */
    public static final class Builder {
        private @Nullable URI url;
        private @Nullable String login;
        private @Nullable String token;
        private @Nullable String username;
        private @Nullable Duration connectTimeout;
        private @Nullable Duration readTimeout;
        private @Nullable Duration responseTimeout;
        private long maxResponseSize;
        private @Nullable RetryOptions retry;
        private @Nullable LocalDate tokenExpiration;

        private Builder() {
        }

        /** Base URL of the Copr frontend; default {@link #DEFAULT_URL}. */
        public Builder url(@Nullable URI url) {
            this.url = url;
            return this;
        }

        /** Base URL of the Copr frontend; default {@link #DEFAULT_URL}. */
        public Builder url(@Nullable String url) {
            try {
                return url(url == null ? null : new URI(url.strip()));
            } catch (URISyntaxException e) {
                throw new CoprConfigException("CoprConfig", "url", "'" + RedactedUrl.of(url) + "' is not a valid URL: "
                        + e.getReason() + " at index " + e.getIndex());
            }
        }

        /** API login and token from {@code <copr-url>/api}; both or neither. */
        public Builder credentials(@Nullable String login, @Nullable String token) {
            this.login = login;
            this.token = token;
            return this;
        }

        /** The Copr user name, returned by {@code authUsername()} without a request. */
        public Builder username(@Nullable String username) {
            this.username = username;
            return this;
        }

        /** Longest wait for a connection; default 10 s. */
        public Builder connectTimeout(@Nullable Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Longest wait for the answer's headers, and longest pause while its body arrives or while an
         * upload is sent; default 90 s.
         */
        public Builder readTimeout(@Nullable Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Longest time from sending a request until its whole answer has arrived, so that an answer
         * that keeps trickling cannot hold a call forever; for an upload, counted from the end of the
         * upload. Default 5 minutes.
         */
        public Builder responseTimeout(@Nullable Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        /**
         * Largest answer body read, in bytes; default 32 MiB, 0 for the default. An answer may also
         * hold at most one JSON token per 32 of these bytes (about a third of its size for real
         * answers), and one string of at most an eighth of it, so that its records take at most
         * about twice this size on the heap.
         */
        public Builder maxResponseSize(long maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /** How GET requests are retried; default {@link RetryOptions#defaults()}. */
        public Builder retry(@Nullable RetryOptions retry) {
            this.retry = retry;
            return this;
        }

        /**
         * The last day the token is valid, when known: shown by Copr's web UI next to the token and
         * answered by a token renewal. Unknown by default; ignored without credentials.
         */
        public Builder tokenExpiration(@Nullable LocalDate tokenExpiration) {
            this.tokenExpiration = tokenExpiration;
            return this;
        }

        /** @throws CoprConfigException naming the setting that is wrong */
        public CoprConfig build() {
            return new CoprConfig(this);
        }
    }
}
