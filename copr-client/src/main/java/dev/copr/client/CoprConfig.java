package dev.copr.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Where and how to reach one Copr instance: the equivalent of python-copr's config dict.
 *
 * <p>Immutable; build one with {@link #builder()} or read python-copr's file with
 * {@link ClassicConfigFile}. {@link #toString()} never shows the token.
 *
 * @param url base URL of the Copr frontend, e.g. {@code https://copr.fedorainfracloud.org}
 * @param login API login (not the user name); null for anonymous access
 * @param token API token; null for anonymous access
 * @param username the Copr user name the credentials belong to; optional
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for the answer's headers, and longest pause while its body arrives
 *                    or while an upload is sent
 * @param responseTimeout longest time from sending a request (for an upload: from the end of the
 *                        upload) until its whole answer has arrived
 * @param maxResponseSize largest answer body read, in bytes; a longer one fails while it is read
 * @param retry how safe requests are retried
 * @param tokenExpiration the last day the token is valid, when known (Copr's web UI shows it and writes
 *                        it as {@code # expiration date:} into the classic config file); null without credentials
 */
public record CoprConfig(URI url, String login, String token, String username,
                         Duration connectTimeout, Duration readTimeout, Duration responseTimeout,
                         long maxResponseSize, RetrySettings retry, LocalDate tokenExpiration) {

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

    public CoprConfig {
        url = checkedUrl(url);
        login = sendable("login", blankToNull(login));
        token = sendable("token", blankToNull(token));
        username = blankToNull(username);
        if (token != null && login == null) {
            throw new CoprConfigException("token is set but login is empty: set both, or neither for anonymous access");
        }
        if (login != null && token == null) {
            throw new CoprConfigException("login is set but token is empty: set both, or neither for anonymous access");
        }
        connectTimeout = checkedTimeout("connect-timeout", connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        readTimeout = checkedTimeout("read-timeout", readTimeout, DEFAULT_READ_TIMEOUT);
        responseTimeout = checkedTimeout("response-timeout", responseTimeout, DEFAULT_RESPONSE_TIMEOUT);
        if (maxResponseSize < 0) {
            throw new CoprConfigException("max-response-size must be positive, was " + maxResponseSize + " bytes");
        }
        maxResponseSize = maxResponseSize == 0 ? DEFAULT_MAX_RESPONSE_SIZE : maxResponseSize;
        retry = retry == null ? RetrySettings.DEFAULT : retry;
        tokenExpiration = token == null ? null : tokenExpiration;
    }

    /** A builder starting from the defaults: public instance, anonymous. */
    public static Builder builder() {
        return new Builder();
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
    public String toString() {
        return "CoprConfig[url=" + url + ", login=" + (login == null ? "none" : "****")
                + ", token=" + (token == null ? "none" : "****") + ", username=" + username
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", responseTimeout=" + responseTimeout + ", maxResponseSize=" + maxResponseSize + ", retry=" + retry
                + ", tokenExpiration=" + tokenExpiration + "]";
    }

    private static URI checkedUrl(URI url) {
        if (url == null) {
            return DEFAULT_URL;
        }
        String scheme = url.getScheme();
        if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || url.getHost() == null) {
            throw new CoprConfigException("url '" + RedactedUrl.of(url) + "' is not an http(s) URL with a host:"
                    + " use e.g. " + DEFAULT_URL);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new CoprConfigException("url '" + url.getScheme() + "://" + url.getHost()
                    + "...' must not carry user info, a query or a fragment: give only the frontend's base URL");
        }
        String text = url.toString();
        URI base = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.equals("api_3") || last.equals("api")) {
            // The client appends /api_3 itself; a URL that already holds it makes every call 404
            String frontend = base.toString().substring(0, base.toString().length() - last.length() - 1);
            throw new CoprConfigException("url '" + url + "' is the API's address, not the frontend's: give the"
                    + " frontend's base URL without /" + last + ", e.g. " + frontend);
        }
        return base;
    }

    /** A login or token HTTP Basic authentication can carry; the message names the field, never the value. */
    private static String sendable(String name, String value) {
        if (value == null) {
            return null;
        }
        if (name.equals("login") && value.indexOf(':') >= 0) {
            throw new CoprConfigException("login contains ':', which HTTP Basic authentication reads as the end of"
                    + " the login: copy the API login again from <copr-url>/api");
        }
        if (value.chars().anyMatch(c -> c > 0xFF || Character.isISOControl(c))) {
            throw new CoprConfigException(name + " contains a control character or one outside ISO-8859-1, which"
                    + " HTTP Basic authentication cannot send: copy the API " + name + " again from <copr-url>/api");
        }
        return value;
    }

    private static Duration checkedTimeout(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new CoprConfigException(name + " must be positive, was " + value);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Builds a {@link CoprConfig}; every setting is optional. */
    public static final class Builder {
        private URI url;
        private String login;
        private String token;
        private String username;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration responseTimeout;
        private long maxResponseSize;
        private RetrySettings retry;
        private LocalDate tokenExpiration;

        private Builder() {
        }

        /** Base URL of the Copr frontend; default {@link #DEFAULT_URL}. */
        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        /** Base URL of the Copr frontend; default {@link #DEFAULT_URL}. */
        public Builder url(String url) {
            try {
                return url(url == null ? null : new URI(url.strip()));
            } catch (URISyntaxException e) {
                throw new CoprConfigException("url '" + RedactedUrl.of(url) + "' is not a valid URL: " + e.getReason()
                        + " at index " + e.getIndex());
            }
        }

        /** API login and token from {@code <copr-url>/api}; both or neither. */
        public Builder credentials(String login, String token) {
            this.login = login;
            this.token = token;
            return this;
        }

        /** The Copr user name, returned by {@code authUsername()} without a request. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** Longest wait for a connection; default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Longest wait for the answer's headers, and longest pause while its body arrives or while an
         * upload is sent; default 90 s.
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Longest time from sending a request until its whole answer has arrived, so that an answer
         * that keeps trickling cannot hold a call forever; for an upload, counted from the end of the
         * upload. Default 5 minutes.
         */
        public Builder responseTimeout(Duration responseTimeout) {
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

        /** How GET requests are retried; default {@link RetrySettings#DEFAULT}. */
        public Builder retry(RetrySettings retry) {
            this.retry = retry;
            return this;
        }

        /**
         * The last day the token is valid, when known: shown by Copr's web UI next to the token and
         * answered by a token renewal. Unknown by default; ignored without credentials.
         */
        public Builder tokenExpiration(LocalDate tokenExpiration) {
            this.tokenExpiration = tokenExpiration;
            return this;
        }

        /** @throws CoprConfigException naming the setting that is wrong */
        public CoprConfig build() {
            return new CoprConfig(url, login, token, username, connectTimeout, readTimeout, responseTimeout,
                    maxResponseSize, retry, tokenExpiration);
        }
    }
}
