package dev.copr.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of Copr requests; a bean of this type replaces the default.
 *
 * @since 0.1.0
 */
public interface CoprRequestObservationConvention extends ObservationConvention<CoprRequestObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof CoprRequestObservationContext;
    }
}
