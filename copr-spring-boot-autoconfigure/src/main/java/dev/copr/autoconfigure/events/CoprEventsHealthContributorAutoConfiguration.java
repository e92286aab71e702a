package dev.copr.autoconfigure.events;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code coprEvents} health indicator of the events' consumer; off with
 * {@code management.health.coprevents.enabled=false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprEventsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CoprEventsStatus.class)
@ConditionalOnEnabledHealthIndicator("coprevents")
public final class CoprEventsHealthContributorAutoConfiguration {

    CoprEventsHealthContributorAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(name = "coprEventsHealthIndicator")
    CoprEventsHealthIndicator coprEventsHealthIndicator(CoprEventsStatus status) {
        return new CoprEventsHealthIndicator(status);
    }
}
