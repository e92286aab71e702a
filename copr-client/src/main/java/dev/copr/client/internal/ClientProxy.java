package dev.copr.client.internal;

import java.util.Optional;

import io.micrometer.observation.ObservationRegistry;

/**
 * A proxy of a {@code CoprClient}, through which work built on it, such as a build watch, reaches
 * the client's services: where it observes requests, and optional services like its build end
 * signals.
 */
public interface ClientProxy {

    /** The client's observation registry; {@link ObservationRegistry#NOOP} when it observes nothing. */
    ObservationRegistry observationRegistry();

    /** The client's service of {@code type}, e.g. its {@code BuildEndSignals}, when it was given one. */
    <T> Optional<T> service(Class<T> type);
}
