package dev.copr.autoconfigure.observation;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprClientCustomizer;
import dev.copr.autoconfigure.token.TokenExpiry;
import dev.copr.client.CoprClient;
import dev.copr.client.observation.CoprDownloadObservationContext;
import dev.copr.client.observation.CoprRequestObservationContext;
import dev.copr.client.observation.CoprRequestObservationConvention;
import dev.copr.client.result.DownloadOutcome;

import java.time.Clock;
import java.util.OptionalLong;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Observations and metrics of the Copr client: its requests are observed in the application's
 * {@link ObservationRegistry} (as {@code copr.client.requests}, named by a
 * {@link CoprRequestObservationConvention} bean if there is one), and with Micrometer metrics the
 * size of every upload is recorded as {@code copr.client.upload.size}, the bytes of every file a
 * results download wrote (observed as {@code copr.client.downloads}) as {@code copr.client.download.size},
 * and the days left of the API token as the gauge {@code copr.client.token.remaining}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = CoprAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({CoprClient.class, ObservationRegistry.class})
@ConditionalOnBean(CoprClient.class)
public final class CoprObservationAutoConfiguration {

    CoprObservationAutoConfiguration() {
    }

    /** Ordered before the application's customizers, which may still set another registry. */
    @Bean
    @Order(0)
    @ConditionalOnBean(ObservationRegistry.class)
    CoprClientCustomizer coprObservationCustomizer(ObservationRegistry observationRegistry,
                                                   ObjectProvider<CoprRequestObservationConvention> convention) {
        return builder -> {
            builder.observationRegistry(observationRegistry);
            convention.ifAvailable(builder::observationConvention);
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {

        /** Name of the distribution summary of uploaded bytes. */
        static final String UPLOAD_SIZE = "copr.client.upload.size";

        /** Name of the distribution summary of downloaded bytes. */
        static final String DOWNLOAD_SIZE = "copr.client.download.size";

        /** Name of the gauge of the days left of the API token. */
        static final String TOKEN_REMAINING = "copr.client.token.remaining";

        @Bean
        ObservationHandler<CoprRequestObservationContext> coprUploadSizeObservationHandler(
                ObjectProvider<MeterRegistry> meterRegistry) {
            return new ObservationHandler<>() {
                @Override
                public void onStop(CoprRequestObservationContext context) {
                    MeterRegistry registry = meterRegistry.getIfAvailable();
                    if (registry != null && context.getUploadBytes() > 0) {
                        DistributionSummary.builder(UPLOAD_SIZE).baseUnit("bytes")
                                .description("Bytes of files uploaded to Copr")
                                .tag("operation", context.getOperation())
                                .register(registry).record(context.getUploadBytes());
                    }
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return context instanceof CoprRequestObservationContext;
                }
            };
        }

        @Bean
        ObservationHandler<CoprDownloadObservationContext> coprDownloadSizeObservationHandler(
                ObjectProvider<MeterRegistry> meterRegistry) {
            return new ObservationHandler<>() {
                @Override
                public void onStop(CoprDownloadObservationContext context) {
                    MeterRegistry registry = meterRegistry.getIfAvailable();
                    DownloadOutcome outcome = context.getOutcome();
                    if (registry != null && outcome == DownloadOutcome.DOWNLOADED) {
                        DistributionSummary.builder(DOWNLOAD_SIZE).baseUnit("bytes")
                                .description("Bytes of build results downloaded from Copr's results host")
                                .tag("kind", context.getFile().kind().name())
                                .register(registry).record(context.getBytes());
                    }
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return context instanceof CoprDownloadObservationContext;
                }
            };
        }

        /** Spring Boot binds it to every {@code MeterRegistry} it configures. */
        @Bean
        MeterBinder coprTokenRemainingMeterBinder(CoprClient client) {
            Clock clock = Clock.systemUTC();
            return registry -> {
                if (client.config().hasCredentials()) {
                    Gauge.builder(TOKEN_REMAINING, client, copr -> {
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
