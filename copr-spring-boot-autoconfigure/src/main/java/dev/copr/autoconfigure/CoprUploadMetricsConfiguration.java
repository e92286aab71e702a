package dev.copr.autoconfigure;

import dev.copr.client.observation.CoprRequestObservationContext;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the size of every file upload to Copr as the distribution summary
 * {@code copr.client.upload.size} (bytes, tagged by operation) when Micrometer metrics are present.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
class CoprUploadMetricsConfiguration {

    /** Name of the distribution summary of uploaded bytes. */
    static final String UPLOAD_SIZE = "copr.client.upload.size";

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
}
