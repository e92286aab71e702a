package dev.copr.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@code copr} health indicator ({@code management.health.copr.*}); it is switched
 * off with {@code management.health.copr.enabled=false}, as every Spring Boot health indicator.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("management.health.copr")
public class CoprHealthProperties {

    /**
     * Longest wait for Copr's answer to the health check.
     */
    private Duration timeout = Duration.ofSeconds(5);

    /**
     * How long a health check result is reused before Copr is asked again.
     */
    private Duration cacheTtl = Duration.ofSeconds(30);

    /**
     * Health status reported while the API token is inside the copr.token-warning window. UP (the
     * default) keeps the status and adds a 'warning' detail; a custom code such as WARNING also
     * needs management.endpoint.health.status.order (and .http-mapping) to rank it.
     */
    private String tokenWarningStatus = "UP";

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

    public String getTokenWarningStatus() {
        return tokenWarningStatus;
    }

    public void setTokenWarningStatus(String tokenWarningStatus) {
        this.tokenWarningStatus = tokenWarningStatus;
    }
}
