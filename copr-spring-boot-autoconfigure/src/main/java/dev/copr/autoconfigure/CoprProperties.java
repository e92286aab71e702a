package dev.copr.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Configuration of the Copr client ({@code copr.*}). Each of url, login, token and username that
 * is not set here is taken from python-copr's classic config file, key by key. An unknown key
 * below {@code copr} (a typo such as {@code copr.tokn}) stops start-up, except those other modules
 * bind, such as the test kit's {@code copr.stub.*}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "copr", ignoreUnknownFields = false)
public class CoprProperties {

    /**
     * Whether to auto-configure the Copr client.
     */
    private boolean enabled = true;

    /**
     * Base URL of the Copr frontend. Falls back to copr_url of the classic config file, then to
     * https://copr.fedorainfracloud.org.
     */
    private @Nullable URI url;

    /**
     * API login (not the user name), from <copr-url>/api. Falls back to the classic config file.
     */
    private @Nullable String login;

    /**
     * API token, from <copr-url>/api. Falls back to the classic config file.
     */
    private @Nullable String token;

    /**
     * Copr user name the credentials belong to. Falls back to the classic config file.
     */
    private @Nullable String username;

    /**
     * Path of python-copr's classic config file (INI, section [copr-cli]). When unset, ~/.config/copr
     * is read if it exists; a path that is set must exist. A leading ~ is $HOME (else user.home), as
     * in python-copr. 'none' ignores the file.
     */
    private @Nullable String configFile;

    /**
     * Last day the API token is valid (YYYY-MM-DD), as shown at <copr-url>/api. Falls back to the
     * '# expiration date:' comment of the classic config file when the token comes from that file,
     * and is replaced by the date Copr answers to a token renewal.
     */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tokenExpiration;

    /**
     * How long before the token expires to warn: in the health details and status, and with one
     * log line at start-up. A number without unit means days.
     */
    @DurationUnit(ChronoUnit.DAYS)
    private Duration tokenWarning = Duration.ofDays(14);

    /**
     * Longest wait for a connection to Copr.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Longest wait for the headers of Copr's answer, and longest pause while its body arrives or
     * while an upload is sent.
     */
    private Duration readTimeout = Duration.ofSeconds(90);

    /**
     * Longest time from sending a request until its whole answer has arrived (for an upload: from
     * the end of the upload), so that an answer that keeps trickling cannot hold a call forever.
     */
    private Duration responseTimeout = Duration.ofMinutes(5);

    /**
     * Largest answer body read; a longer answer fails while it is being read. An answer may also
     * hold at most one JSON token per 32 bytes of it, so its records take at most about twice this
     * size on the heap.
     */
    private DataSize maxResponseSize = DataSize.ofMegabytes(32);

    private final Ssl ssl = new Ssl();

    private final Retry retry = new Retry();

    private final Health health = new Health();

    private final TokenRenewal tokenRenewal = new TokenRenewal();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable URI getUrl() {
        return url;
    }

    public void setUrl(@Nullable URI url) {
        this.url = url;
    }

    public @Nullable String getLogin() {
        return login;
    }

    public void setLogin(@Nullable String login) {
        this.login = login;
    }

    public @Nullable String getToken() {
        return token;
    }

    public void setToken(@Nullable String token) {
        this.token = token;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getConfigFile() {
        return configFile;
    }

    public void setConfigFile(@Nullable String configFile) {
        this.configFile = configFile;
    }

    public @Nullable LocalDate getTokenExpiration() {
        return tokenExpiration;
    }

    public void setTokenExpiration(@Nullable LocalDate tokenExpiration) {
        this.tokenExpiration = tokenExpiration;
    }

    public Duration getTokenWarning() {
        return tokenWarning;
    }

    public void setTokenWarning(Duration tokenWarning) {
        this.tokenWarning = tokenWarning;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public DataSize getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Ssl getSsl() {
        return ssl;
    }

    public Retry getRetry() {
        return retry;
    }

    /** @deprecated since 0.1.0 for {@code CoprHealthProperties} ({@code management.health.copr.*}) */
    @Deprecated(since = "0.1.0")
    public Health getHealth() {
        return health;
    }

    public TokenRenewal getTokenRenewal() {
        return tokenRenewal;
    }

    @Override
    public String toString() {
        return "CoprProperties[url=" + url + ", login=" + (login == null ? "none" : "****")
                + ", token=" + (token == null ? "none" : "****") + ", username=" + username
                + ", configFile=" + configFile + ", tokenExpiration=" + tokenExpiration + "]";
    }

    /** Retries of requests that are safe to repeat (GET) on connection failures and HTTP 502/503/504. */
    public static class Ssl {

        /**
         * Name of the SSL bundle (spring.ssl.bundle.*) whose trust material and key verify Copr's
         * server, e.g. for an instance with a private CA. Unset: spring.http.clients.ssl.bundle,
         * else the JVM's default trust store.
         */
        private @Nullable String bundle;

        public @Nullable String getBundle() {
            return bundle;
        }

        public void setBundle(@Nullable String bundle) {
            this.bundle = bundle;
        }
    }

    public static class Retry {

        /**
         * How many requests of one call may reach Copr, the first included. A connection that broke
         * before any answer counts twice (the JDK client repeats such a GET on its own), an answered
         * failure once; a retry is sent only while two are left. 4 gives three tries after 502, 503
         * or 504 of a GET, or after 429 (rate limiting) of any request; 1 or 2 send no retry.
         */
        private int maxAttempts = 4;

        /**
         * Wait before the first retry.
         */
        private Duration initialDelay = Duration.ofSeconds(1);

        /**
         * Factor applied to the wait after each retry.
         */
        private double multiplier = 2.0;

        /**
         * Longest wait between two attempts, also when Copr's Retry-After asks for a longer one.
         */
        private Duration maxDelay = Duration.ofSeconds(10);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }
    }

    /**
     * The {@code copr} health indicator's settings under their former names, still bound; each one
     * set is logged as deprecated, and its {@code management.health.copr.*} replacement wins.
     *
     * @deprecated since 0.1.0 for {@code management.health.copr.*}, Spring Boot's names of health
     * indicator settings; they are bound to {@code CoprHealthProperties}
     */
    @Deprecated(since = "0.1.0")
    public static class Health {

        /**
         * Longest wait for Copr's answer to the health check.
         */
        private @Nullable Duration timeout;

        /**
         * How long a health check result is reused before Copr is asked again.
         */
        private @Nullable Duration cacheTtl;

        /**
         * Health status reported while the API token is inside the copr.token-warning window.
         */
        private @Nullable String tokenWarningStatus;

        public @Nullable Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(@Nullable Duration timeout) {
            this.timeout = timeout;
        }

        public @Nullable Duration getCacheTtl() {
            return cacheTtl;
        }

        public void setCacheTtl(@Nullable Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }

        public @Nullable String getTokenWarningStatus() {
            return tokenWarningStatus;
        }

        public void setTokenWarningStatus(@Nullable String tokenWarningStatus) {
            this.tokenWarningStatus = tokenWarningStatus;
        }
    }

    /** Renewal of the API token before it expires (POST /api_3/api-token, python-copr new_api_token). */
    public static class TokenRenewal {

        /**
         * Whether to renew the API token automatically once fewer than 'before' days remain. A renewal
         * makes Copr refuse the old token everywhere else it is used.
         */
        private boolean enabled;

        /**
         * Renew once fewer days than this are left before the token expires. A renewed token is not
         * renewed again before half of its lifetime has passed. A number without unit means days.
         */
        @DurationUnit(ChronoUnit.DAYS)
        private Duration before = Duration.ofDays(30);

        /**
         * How often to check whether the token is due for renewal; the first check runs at start-up.
         * The check itself sends no request.
         */
        private Duration checkInterval = Duration.ofHours(1);

        /**
         * Whether every renewal (automatic or through CoprClient.renewApiToken()) also rewrites the
         * classic config file the token was read from: only its login and token lines and the
         * expiration comment change, atomically, with the previous file kept as <file>.bak.
         */
        private boolean writeConfigFile;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getBefore() {
            return before;
        }

        public void setBefore(Duration before) {
            this.before = before;
        }

        public Duration getCheckInterval() {
            return checkInterval;
        }

        public void setCheckInterval(Duration checkInterval) {
            this.checkInterval = checkInterval;
        }

        public boolean isWriteConfigFile() {
            return writeConfigFile;
        }

        public void setWriteConfigFile(boolean writeConfigFile) {
            this.writeConfigFile = writeConfigFile;
        }
    }
}
