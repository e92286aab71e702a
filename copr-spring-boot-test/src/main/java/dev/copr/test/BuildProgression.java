package dev.copr.test;

/**
 * How the stub's builds move through Copr's states ({@code pending} → {@code importing} →
 * {@code running} → {@code succeeded} or {@code failed}).
 *
 * @since 0.1.0
 */
public enum BuildProgression {

    /** Builds move only when the test says so, e.g. {@link CoprStub#advanceBuild(long)}. */
    MANUAL,

    /**
     * Each {@code GET /api_3/build/{id}} (what {@code BuildWatcher} and python-copr's {@code wait()}
     * poll) moves that build one state on before answering: a new build has ended after three polls.
     */
    ON_POLL,

    /**
     * Builds move one state on by themselves, all of them every {@link CoprStub.Builder#timedStep}
     * (200 ms by default), as on a real Copr: a new build has ended after three steps. For code that
     * waits for the bus's events (see {@link CoprStub.Builder#busPublisher}) rather than polls.
     */
    TIMED
}
