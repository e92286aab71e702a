package dev.copr.client.internal.proxy;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildEndSignals.Subscription;
import dev.copr.client.build.BuildEndSignals.Update;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.BuildStateListener;
import dev.copr.client.build.BuildWatcher;
import dev.copr.client.build.Builds;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;

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
 * The {@link BuildWatcher} of a {@code CoprClient}: polls through the client's {@link HttpBuildProxy},
 * each poll bounded by the time the wait has left, is observed in the client's registry and listens
 * to the client's build end signals unless given others.
 */
final class HttpBuildWatcher implements BuildWatcher {

    private static final String OUTCOME = "outcome";

    /** Intervals after which a watch with live signals polls every unfinished build all the same. */
    private static final int SAFETY_ROUND_INTERVALS = 30;

    /** Under the public type's name, which applications configure. */
    private static final Logger log = LoggerFactory.getLogger(BuildWatcher.class);

    private final HttpBuildProxy builds;
    private final ObservationRegistry observationRegistry;
    private final Duration interval;
    private final @Nullable Duration timeout;
    private final @Nullable BuildStateListener stateListener;
    private final @Nullable Consumer<List<Build>> pollListener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final @Nullable BuildEndSignals endSignals;

    private HttpBuildWatcher(Builder builder) {
        this.builds = builder.builds;
        this.observationRegistry = builder.observationRegistry;
        this.interval = builder.interval;
        this.timeout = builder.timeout;
        this.stateListener = builder.stateListener;
        this.pollListener = builder.pollListener;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.endSignals = builder.endSignals != null ? builder.endSignals : builder.clientEndSignals;
    }

    @Override
    public List<Build> waitFor(Build... builds) {
        return waitFor(Arrays.asList(Arguments.requireNonNull("builds", builds)));
    }

    @Override
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

    @Override
    public List<Build> waitForIds(long... buildIds) {
        return waitForIds(Arrays.stream(Arguments.requireNonNull("buildIds", buildIds)).boxed().toList());
    }

    @Override
    public List<Build> waitForIds(Collection<Long> buildIds) {
        Arguments.requireNonNull("buildIds", buildIds);
        List<Long> ids = new ArrayList<>(buildIds.size());
        for (Long id : buildIds) {
            ids.add(Arguments.requireId("build id", Arguments.requireNonNull("build id", id)));
        }
        return watch(ids, Map.of());
    }

    private List<Build> watch(List<Long> ids, Map<Long, BuildState> knownStates) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Observation observation = Observation.createNotStarted(WATCH_OBSERVATION, observationRegistry)
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
        return new BuildWatch(builds, stateListener, ids, knownStates, timeLeft);
    }

    private List<Build> poll(BuildWatch watch) {
        while (!round(watch, watch::poll)) {
            Duration pause = pause(watch, interval);
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                throw watch.interrupted(e);
            }
            if (pause.compareTo(interval) < 0) {
                watch.reachDeadline(); // only the wait until the timeout is shorter than the interval
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

    /**
     * {@code wanted}, or the time the watch has left when shorter; the watch times out when the time is up,
     * that is after the round of polls at (or past) the timeout.
     */
    private Duration pause(BuildWatch watch, Duration wanted) {
        Duration left = watch.timeLeft();
        if (left == null) {
            return wanted;
        }
        if (watch.timeIsUp()) {
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

    /** The settings of a watcher of one client's builds; checks them as they are given. */
    static final class Builder implements BuildWatcher.Builder {
        private final HttpBuildProxy builds;
        private final ObservationRegistry observationRegistry;
        private final @Nullable BuildEndSignals clientEndSignals;
        private Duration interval = DEFAULT_INTERVAL;
        private @Nullable Duration timeout;
        private @Nullable BuildStateListener stateListener;
        private @Nullable Consumer<List<Build>> pollListener;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = HttpBuildWatcher::threadSleep;
        private @Nullable BuildEndSignals endSignals;

        /**
         * @param builds the client's builds, which the watcher polls
         * @param observationRegistry the client's registry: a watch is observed where its polls are
         * @param clientEndSignals the client's build end signals, if it has them
         */
        Builder(HttpBuildProxy builds, ObservationRegistry observationRegistry,
                @Nullable BuildEndSignals clientEndSignals) {
            this.builds = builds;
            this.observationRegistry = observationRegistry;
            this.clientEndSignals = clientEndSignals;
        }

        @Override
        public Builder interval(Duration interval) {
            Arguments.requireNonNull("interval", interval);
            if (interval.isNegative() || interval.isZero()) {
                throw new CoprValidationException("BuildWatcher interval must be positive, was " + interval);
            }
            this.interval = interval;
            return this;
        }

        @Override
        public Builder timeout(@Nullable Duration timeout) {
            if (timeout != null && timeout.isNegative()) {
                throw new CoprValidationException("BuildWatcher timeout must not be negative, was " + timeout);
            }
            this.timeout = timeout == null || timeout.isZero() ? null : timeout;
            return this;
        }

        @Override
        public Builder onStateChange(@Nullable BuildStateListener listener) {
            this.stateListener = listener;
            return this;
        }

        @Override
        public Builder afterEachPoll(@Nullable Consumer<List<Build>> listener) {
            this.pollListener = listener;
            return this;
        }

        @Override
        public Builder clock(Clock clock) {
            this.clock = Arguments.requireNonNull("clock", clock);
            return this;
        }

        @Override
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Arguments.requireNonNull("sleeper", sleeper);
            return this;
        }

        @Override
        public Builder endSignals(@Nullable BuildEndSignals endSignals) {
            this.endSignals = endSignals;
            return this;
        }

        @Override
        public BuildWatcher build() {
            return new HttpBuildWatcher(this);
        }
    }
}
