package dev.copr.autoconfigure.health;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprProperties;
import dev.copr.client.CoprClient;

import java.time.Clock;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * The {@code copr} health indicator, set by {@code management.health.copr.*}; off with
 * {@code management.health.copr.enabled=false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CoprClient.class)
@ConditionalOnEnabledHealthIndicator("copr")
@EnableConfigurationProperties
public final class CoprHealthContributorAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CoprHealthContributorAutoConfiguration.class);

    CoprHealthContributorAutoConfiguration() {
    }

    /**
     * Starts from the deprecated {@code copr.health.*} values that are set; Spring Boot then binds
     * {@code management.health.copr.*} onto it, so that a new name wins over its old one.
     */
    @Bean
    @ConditionalOnMissingBean
    @SuppressWarnings("deprecation") // reads copr.health.* to keep it working while it is deprecated
    CoprHealthProperties coprHealthProperties(CoprProperties properties) {
        CoprProperties.Health deprecated = properties.getHealth();
        CoprHealthProperties health = new CoprHealthProperties();
        applyDeprecated("timeout", deprecated.getTimeout(), health::setTimeout);
        applyDeprecated("cache-ttl", deprecated.getCacheTtl(), health::setCacheTtl);
        applyDeprecated("token-warning-status", deprecated.getTokenWarningStatus(), health::setTokenWarningStatus);
        return health;
    }

    @Bean
    @ConditionalOnMissingBean(name = "coprHealthIndicator")
    CoprHealthIndicator coprHealthIndicator(CoprClient client, CoprHealthProperties health,
                                            CoprProperties properties) {
        return new CoprHealthIndicator(client, health.getTimeout(), health.getCacheTtl(), Clock.systemUTC(),
                properties.getTokenWarning(), new Status(health.getTokenWarningStatus()));
    }

    private static <T> void applyDeprecated(String name, @Nullable T value, Consumer<T> setter) {
        if (value != null) {
            log.warn("copr.health.{} is deprecated: set management.health.copr.{} instead", name, name);
            setter.accept(value);
        }
    }
}
