package dev.copr.autoconfigure;

import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprConfigException;

import java.time.Clock;
import java.util.OptionalLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API token's lifecycle: a WARN line at start-up inside the warning period, automatic renewal
 * ({@code copr.token-renewal.enabled}) and the gauge {@code copr.client.token.remaining} (days) when
 * Micrometer metrics are present.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class)
@ConditionalOnBean(CoprClient.class)
public final class CoprTokenAutoConfiguration {

    CoprTokenAutoConfiguration() {
    }

    @Bean
    CoprTokenExpiryWarning coprTokenExpiryWarning(CoprClient client, CoprProperties properties) {
        return new CoprTokenExpiryWarning(client, properties.getTokenWarning(),
                properties.getTokenRenewal().isEnabled(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty("copr.token-renewal.enabled")
    CoprTokenRenewer coprTokenRenewer(CoprClient client, CoprProperties properties,
                                      ObjectProvider<ObservationRegistry> observationRegistry) {
        CoprProperties.TokenRenewal renewal = properties.getTokenRenewal();
        if (renewal.getCheckInterval().isNegative() || renewal.getCheckInterval().isZero()
                || renewal.getBefore().toDays() < 1) {
            throw new CoprConfigException("copr.token-renewal.check-interval must be positive and"
                    + " copr.token-renewal.before at least one day; they are " + renewal.getCheckInterval() + " and "
                    + renewal.getBefore());
        }
        return new CoprTokenRenewer(client, renewal.getBefore(), renewal.getCheckInterval(), Clock.systemUTC(),
                observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** The days-left gauge; Spring Boot binds it to every {@code MeterRegistry} it configures. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class TokenMetricsConfiguration {

        /** Name of the gauge of the days left. */
        static final String REMAINING = "copr.client.token.remaining";

        @Bean
        MeterBinder coprTokenRemainingMeterBinder(CoprClient client) {
            Clock clock = Clock.systemUTC();
            return registry -> {
                if (client.config().hasCredentials()) {
                    Gauge.builder(REMAINING, client, copr -> {
                        OptionalLong daysLeft = TokenExpiry.daysLeft(copr, clock);
                        return daysLeft.isPresent() ? daysLeft.getAsLong() : Double.NaN;
                    }).baseUnit("days").strongReference(true)
                            .description("Days on which the Copr API token still works, today included (0 once"
                                    + " expired; NaN when the expiration is unknown)")
                            .register(registry);
                }
            };
        }
    }
}
