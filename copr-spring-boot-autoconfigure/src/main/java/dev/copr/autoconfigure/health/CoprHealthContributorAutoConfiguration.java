package dev.copr.autoconfigure.health;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprProperties;
import dev.copr.client.CoprClient;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * The {@code copr} health indicator; off with {@code management.health.copr.enabled=false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CoprClient.class)
@ConditionalOnEnabledHealthIndicator("copr")
public final class CoprHealthContributorAutoConfiguration {

    CoprHealthContributorAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "coprHealthIndicator")
    CoprHealthIndicator coprHealthIndicator(CoprClient client, CoprProperties properties) {
        CoprProperties.Health health = properties.getHealth();
        return new CoprHealthIndicator(client, health.getTimeout(), health.getCacheTtl(), Clock.systemUTC(),
                properties.getTokenWarning(), new Status(health.getTokenWarningStatus()));
    }
}
