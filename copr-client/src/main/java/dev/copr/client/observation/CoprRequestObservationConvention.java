package dev.copr.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and tags the observations of Copr requests; a bean of this type replaces the default. */
public interface CoprRequestObservationConvention extends ObservationConvention<CoprRequestObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof CoprRequestObservationContext;
    }
}
