package dev.copr.client.build;

import dev.copr.client.build.BuildEndSignals.Subscription;
import dev.copr.client.build.BuildEndSignals.Update;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ClientProxy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until Copr builds end, polling {@code GET /api_3/build/{id}}; python-copr
 * {@code wait(waitable, interval, callback, timeout)}.
 *
 * <p>The first poll is immediate. Then, every interval, each build that has not ended yet is
 * polled again; a build has ended in state succeeded, skipped, failed or canceled
 * ({@link BuildState#ended()}). Failed builds do not throw: check the answer with
 * {@link Builds#succeeded(Collection)}. Immutable and thread-safe; every wait runs on the calling
 * thread, which also runs the callbacks.
 *
 * <p>With {@link BuildEndSignals} (the client's, from {@code CoprClient.Builder.buildEndSignals},
 * or {@link Builder#endSignals}), a watcher asks Copr when there is news instead of every interval:
 * it subscribes to the builds before the first poll, then waits for signals. Once every chroot of a
 * build in {@link Build#chroots()} has ended, or its source build has not succeeded, one poll
 * confirms that the build ended (a build whose answer has not ended yet is waited for further), so
 * a build costs two requests however many chroots it has. Every unfinished build is polled after
 * the signals reconnect (ends may have been missed), when the timeout passes, and every 30 intervals
 * in case Copr failed to publish an end; while the signals are not live, the watcher polls on its
 * interval, and logs once when that starts and once when it stops.
 *
 * <pre>{@code
 * BuildWatcher watcher = BuildWatcher.builder(buildProxy)
 *         .interval(Duration.ofSeconds(30))
 *         .timeout(Duration.ofHours(2))
 *         .onStateChange((build, previous) -> log.info("build {} is {}", build.id(), build.state().coprName()))
 *         .build();
 * List<Build> ended = watcher.waitFor(build1, build2);
 * boolean allGood = Builds.succeeded(ended);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BuildWatcher {

    /**
     * Name of the observation of each wait, with the low-cardinality tag {@code outcome}:
     * {@code SUCCEEDED} (all builds succeeded), {@code FAILED} (some did not), {@code TIMEOUT},
     * {@code INTERRUPTED} or {@code ERROR}.
     */
    public static final String WATCH_OBSERVATION = "copr.build.watch";

    private static final String OUTCOME = "outcome";

    /** Intervals after which a watch with live signals polls every unfinished build all the same. */
    private static final int SAFETY_ROUND_INTERVALS = 30;

    private static final Logger log = LoggerFactory.getLogger(BuildWatcher.class);

    /** python-copr's default poll interval, 30 seconds. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final BuildProxy proxy;
    private final Duration interval;
    private final @Nullable Duration timeout;
    private final @Nullable BuildStateListener stateListener;
    private final @Nullable Consumer<List<Build>> pollListener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final @Nullable BuildEndSignals endSignals;

    /**
     * A watcher polling every {@link #DEFAULT_INTERVAL} without a timeout, like python-copr's defaults, or
     * listening to the end signals of the proxy's client.
     */
    public BuildWatcher(BuildProxy proxy) {
        this(builder(proxy));
    }

    private BuildWatcher(Builder builder) {
        this.proxy = builder.proxy;
        this.interval = builder.interval;
        this.timeout = builder.timeout;
        this.stateListener = builder.stateListener;
        this.pollListener = builder.pollListener;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.endSignals = builder.endSignals != null ? builder.endSignals
                : proxy instanceof ClientProxy client ? client.service(BuildEndSignals.class).orElse(null) : null;
    }

    /** A builder of a watcher that polls through {@code proxy}. */
    public static Builder builder(BuildProxy proxy) {
        return new Builder(proxy);
    }

    /**
     * Waits until every build has ended and returns them as last polled, in the order given; see
     * {@link #waitFor(Collection)}.
     */
    public List<Build> waitFor(Build... builds) {
        return waitFor(Arrays.asList(Arguments.requireNonNull("builds", builds)));
    }

    /**
     * Waits until every build has ended and returns them as last polled, in the order given (a build
     * given twice is polled once and returned twice; no builds return at once). The state change
     * listener hears of a build whose state differs from the one in the given {@link Build}.
     * @throws CoprTimeoutException when the timeout passes first; the message names the unfinished
     *         builds and their last states
     * @throws dev.copr.client.exception.CoprException when a build is in state {@code unknown}, or when the thread
     *         is interrupted (the interrupt flag stays set; the cause is the {@link InterruptedException}
     *         if it came while sleeping or waiting for end signals)
     * @throws dev.copr.client.exception.CoprNoResultException when a build does not exist
     */
    public List<Build> waitFor(Collection<Build> builds) {
        Arguments.requireNonNull("builds", builds);
        List<Long> ids = new ArrayList<>(builds.size());
        Map<Long, BuildState> knownStates = new HashMap<>();
        for (Build build : builds) {
            long id = Arguments.requireId("build id", Arguments.requireNonNull("build", build).id());
            ids.add(id);
            knownStates.putIfAbsent(id, build.state());
        }
        return watch(ids, knownStates);
    }

    /**
     * Waits until the builds with these ids have ended; see {@link #waitFor(Collection)}. The state
     * change listener also hears of each build's first poll.
     */
    public List<Build> waitForIds(long... buildIds) {
        return waitForIds(Arrays.stream(Arguments.requireNonNull("buildIds", buildIds)).boxed().toList());
    }

    /** Waits until the builds with these ids have ended; see {@link #waitForIds(long...)}. */
    public List<Build> waitForIds(Collection<Long> buildIds) {
        Arguments.requireNonNull("buildIds", buildIds);
        List<Long> ids = new ArrayList<>(buildIds.size());
        for (Long id : buildIds) {
            ids.add(Arguments.requireId("build id", Arguments.requireNonNull("build id", id)));
        }
        return watch(ids, Map.of());
    }

    /** The registry of the client the proxy belongs to: a watch is observed where its polls are. */
    private ObservationRegistry observationRegistry() {
        return proxy instanceof ClientProxy observed ? observed.observationRegistry() : ObservationRegistry.NOOP;
    }

    private List<Build> watch(List<Long> ids, Map<Long, BuildState> knownStates) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Observation observation = Observation.createNotStarted(WATCH_OBSERVATION, observationRegistry())
                .contextualName("copr build watch").highCardinalityKeyValue("builds", String.valueOf(ids.size()))
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            List<Build> ended = waitUntilEnded(ids, knownStates);
            observation.lowCardinalityKeyValue(OUTCOME, Builds.succeeded(ended) ? "SUCCEEDED" : "FAILED");
            return ended;
        } catch (CoprTimeoutException e) {
            observation.lowCardinalityKeyValue(OUTCOME, "TIMEOUT").error(e);
            throw e;
        } catch (RuntimeException e) {
            observation.lowCardinalityKeyValue(OUTCOME, Thread.currentThread().isInterrupted() ? "INTERRUPTED" : "ERROR")
                    .error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    private List<Build> waitUntilEnded(List<Long> ids, Map<Long, BuildState> knownStates) {
        if (endSignals == null) {
            return poll(start(ids, knownStates));
        }
        // Subscribed before the first poll, so that an end published while it runs is not missed
        try (Subscription subscription = endSignals.subscribe(Set.copyOf(ids))) {
            return listen(start(ids, knownStates), subscription);
        }
    }

    /** A watch whose timeout counts from now, the first poll. */
    private BuildWatch start(List<Long> ids, Map<Long, BuildState> knownStates) {
        Instant start = clock.instant();
        Duration limit = timeout;
        Supplier<Duration> timeLeft = limit == null ? null
                : () -> positive(limit.minus(Duration.between(start, clock.instant())));
        return new BuildWatch(proxy, stateListener, ids, knownStates, timeLeft);
    }

    private List<Build> poll(BuildWatch watch) {
        while (!round(watch, watch::poll)) {
            try {
                sleeper.sleep(pause(watch, interval));
            } catch (InterruptedException e) {
                throw watch.interrupted(e);
            }
        }
        return watch.latest();
    }

    /**
     * Waits for end signals between rounds of polls: a round polls the builds that may have ended, or every
     * unfinished build after a reconnect, at the timeout, every interval while the signals are not live, and
     * every {@value #SAFETY_ROUND_INTERVALS} intervals while they are.
     */
    private List<Build> listen(BuildWatch watch, Subscription subscription) {
        SignalledEnds signalled = new SignalledEnds(watch);
        boolean live = true;
        boolean allEnded = round(watch, watch::poll);
        Instant lastFullRound = clock.instant();
        while (!allEnded) {
            // While live, the wait is bounded only so that signals that stop being live are noticed
            Duration wait = live ? interval : positive(Duration.between(clock.instant(), lastFullRound.plus(interval)));
            Update update = await(subscription, pause(watch, wait), watch);
            if (update.live() != live) {
                live = update.live();
                logLiveness(live, watch);
            }
            Set<Long> mayHaveEnded = signalled.record(update.ends());
            Duration sinceFullRound = Duration.between(lastFullRound, clock.instant());
            boolean intervalPassed = sinceFullRound.compareTo(interval) >= 0;
            // A message lost on a live bus would otherwise leave its build waiting until the timeout
            boolean safetyRoundDue = sinceFullRound.compareTo(interval.multipliedBy(SAFETY_ROUND_INTERVALS)) >= 0;
            if (update.reconnected() || watch.timeIsUp() || !live && intervalPassed || safetyRoundDue) {
                allEnded = round(watch, watch::poll);
                lastFullRound = clock.instant();
            } else if (!mayHaveEnded.isEmpty()) {
                allEnded = round(watch, () -> watch.poll(mayHaveEnded));
            }
        }
        return watch.latest();
    }

    private static Update await(Subscription subscription, Duration timeout, BuildWatch watch) {
        try {
            return subscription.await(timeout);
        } catch (InterruptedException e) {
            throw watch.interrupted(e);
        }
    }

    private void logLiveness(boolean live, BuildWatch watch) {
        if (live) {
            log.info("Copr build end signals are live again; stopped polling builds {} every {}", watch.unfinished(),
                    interval);
        } else {
            log.warn("Copr build end signals are not live; polling builds {} every {} until they are",
                    watch.unfinished(), interval);
        }
    }

    /**
     * One round of polls, then the poll listener; a poll cut short by the watch's own timeout ends the watch
     * with it. True when no build is left.
     */
    private boolean round(BuildWatch watch, BooleanSupplier polls) {
        boolean allEnded;
        try {
            allEnded = polls.getAsBoolean();
        } catch (CoprTimeoutException e) {
            if (watch.timeIsUp()) {
                throw timedOut(watch, e);
            }
            throw e;
        }
        if (pollListener != null) {
            pollListener.accept(watch.latest());
        }
        return allEnded;
    }

    /** {@code wanted}, or the time the watch has left when shorter; the watch times out when none is left. */
    private Duration pause(BuildWatch watch, Duration wanted) {
        Duration left = watch.timeLeft();
        if (left == null) {
            return wanted;
        }
        if (left.isZero()) {
            throw timedOut(watch, null);
        }
        return left.compareTo(wanted) < 0 ? left : wanted;
    }

    private CoprTimeoutException timedOut(BuildWatch watch, @Nullable CoprTimeoutException poll) {
        return new CoprTimeoutException("Copr builds " + watch.unfinished() + " have not ended within the timeout of "
                + timeout + "; they go on building on Copr", 0, null, poll == null ? null : poll.getRequest(), poll);
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static void threadSleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }

    /** How a watcher pauses between polls; replace it in tests to run without real waiting. */
    @FunctionalInterface
    public interface Sleeper {

        /** Pauses the calling thread for {@code duration}, or less when interrupted. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Settings of a {@link BuildWatcher}; all optional. */
    public static final class Builder {
        private final BuildProxy proxy;
        private Duration interval = DEFAULT_INTERVAL;
        private @Nullable Duration timeout;
        private @Nullable BuildStateListener stateListener;
        private @Nullable Consumer<List<Build>> pollListener;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = BuildWatcher::threadSleep;
        private @Nullable BuildEndSignals endSignals;

        private Builder(BuildProxy proxy) {
            this.proxy = Arguments.requireNonNull("proxy", proxy);
        }

        /**
         * Time between two polls of a build that has not ended; positive, {@link #DEFAULT_INTERVAL} by default.
         * With end signals, the longest wait for them, and the time between polls while they are not live.
         */
        public Builder interval(Duration interval) {
            Arguments.requireNonNull("interval", interval);
            if (interval.isNegative() || interval.isZero()) {
                throw new CoprValidationException("BuildWatcher interval must be positive, was " + interval);
            }
            this.interval = interval;
            return this;
        }

        /**
         * How long to wait at most, counted from the first poll; null or zero waits forever (the
         * default, python-copr's {@code timeout=0}). The last poll happens when the timeout has
         * passed, even if that is sooner than the interval.
         */
        public Builder timeout(@Nullable Duration timeout) {
            if (timeout != null && timeout.isNegative()) {
                throw new CoprValidationException("BuildWatcher timeout must not be negative, was " + timeout);
            }
            this.timeout = timeout == null || timeout.isZero() ? null : timeout;
            return this;
        }

        /** Told of every build's state change as it is polled. */
        public Builder onStateChange(@Nullable BuildStateListener listener) {
            this.stateListener = listener;
            return this;
        }

        /**
         * Given all builds as last polled, in the order given, after every round of polls, like
         * python-copr's {@code callback}. With end signals, a round is each batch of requests: the
         * first poll, the confirmation of builds whose chroots ended, the polls after a reconnect, at
         * the timeout and on the interval while the signals are not live; a wait without news asks
         * Copr nothing and calls nothing.
         */
        public Builder afterEachPoll(@Nullable Consumer<List<Build>> listener) {
            this.pollListener = listener;
            return this;
        }

        /** The clock that measures the timeout; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Arguments.requireNonNull("clock", clock);
            return this;
        }

        /** How to pause between polls without end signals; {@link Thread#sleep} by default. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Arguments.requireNonNull("sleeper", sleeper);
            return this;
        }

        /**
         * Where the watcher learns that chroots ended, so that it polls a build only then; by default
         * the signals of the proxy's client ({@code CoprClient.Builder.buildEndSignals}), if any. Null
         * restores the default.
         */
        public Builder endSignals(@Nullable BuildEndSignals endSignals) {
            this.endSignals = endSignals;
            return this;
        }

        /** The watcher. */
        public BuildWatcher build() {
            return new BuildWatcher(this);
        }
    }
}
