package dev.copr.client.internal;

import io.micrometer.observation.ObservationRegistry;

/** A proxy that knows where its client observes requests, so work built on it is observed there too. */
public interface ObservedProxy {

    /** The client's observation registry; {@link ObservationRegistry#NOOP} when it observes nothing. */
    ObservationRegistry observationRegistry();
}
