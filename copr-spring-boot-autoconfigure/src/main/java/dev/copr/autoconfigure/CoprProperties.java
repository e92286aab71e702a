package dev.copr.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Copr client ({@code copr.*}). Each of url, login, token and username that
 * is not set here is taken from python-copr's classic config file, key by key.
 */
@ConfigurationProperties("copr")
public class CoprProperties {

    /**
     * Whether to auto-configure the Copr client.
     */
    private boolean enabled = true;

    /**
     * Base URL of the Copr frontend. Falls back to copr_url of the classic config file, then to
     * https://copr.fedorainfracloud.org.
     */
    private URI url;

    /**
     * API login (not the user name), from <copr-url>/api. Falls back to the classic config file.
     */
    private String login;

    /**
     * API token, from <copr-url>/api. Falls back to the classic config file.
     */
    private String token;

    /**
     * Copr user name the credentials belong to. Falls back to the classic config file.
     */
    private String username;

    /**
     * Path of python-copr's classic config file (INI, section [copr-cli]). When unset, ~/.config/copr
     * is read if it exists; a path that is set must exist. 'none' ignores the file.
     */
    private String configFile;

    /**
     * Longest wait for a connection to Copr.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Longest wait for Copr's answer to a request.
     */
    private Duration readTimeout = Duration.ofSeconds(90);

    private final Retry retry = new Retry();

    private final Health health = new Health();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public URI getUrl() {
        return url;
    }

    public void setUrl(URI url) {
        this.url = url;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getConfigFile() {
        return configFile;
    }

    public void setConfigFile(String configFile) {
        this.configFile = configFile;
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

    public Retry getRetry() {
        return retry;
    }

    public Health getHealth() {
        return health;
    }

    @Override
    public String toString() {
        return "CoprProperties[url=" + url + ", login=" + (login == null ? "none" : "****")
                + ", token=" + (token == null ? "none" : "****") + ", username=" + username
                + ", configFile=" + configFile + "]";
    }

    /** Retries of requests that are safe to repeat (GET) on connection failures and HTTP 502/503/504. */
    public static class Retry {

        /**
         * Attempts in all, the first included; 1 turns retries off.
         */
        private int maxAttempts = 3;

        /**
         * Wait before the first retry.
         */
        private Duration initialDelay = Duration.ofSeconds(1);

        /**
         * Factor applied to the wait after each retry.
         */
        private double multiplier = 2.0;

        /**
         * Longest wait between two attempts.
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

    /** The {@code copr} health indicator. */
    public static class Health {

        /**
         * Longest wait for Copr's answer to the health check.
         */
        private Duration timeout = Duration.ofSeconds(5);

        /**
         * How long a health check result is reused before Copr is asked again.
         */
        private Duration cacheTtl = Duration.ofSeconds(30);

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getCacheTtl() {
            return cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }
}
