package dev.copr.client.internal;

import io.micrometer.observation.ObservationRegistry;

/**
 * A proxy that knows where its client observes requests, so work built on it is observed there too.
 *
 * @since 0.1.0
 */
public interface ObservedProxy {

    /** The client's observation registry; {@link ObservationRegistry#NOOP} when it observes nothing. */
    ObservationRegistry observationRegistry();
}
