package dev.copr.client.build;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Waits until Copr builds end, polling {@code GET /api_3/build/{id}}; python-copr
 * {@code wait(waitable, interval, callback, timeout)}. Get one from the builds of a client,
 * {@link BuildProxy#watcher()}: it polls through that client, is observed where the client's
 * requests are, and listens to the client's {@link BuildEndSignals} if it has them.
 *
 * <p>The first poll is immediate. Then, every interval, each build that has not ended yet is
 * polled again; a build has ended in state succeeded, skipped, failed or canceled
 * ({@link BuildState#ended()}). Failed builds do not throw: check the answer with
 * {@link Builds#succeeded(Collection)}. Immutable and thread-safe; every wait runs on the calling
 * thread, which also runs the callbacks. With a timeout, each poll is bounded by the time the wait
 * has left, so that a request Copr is slow to answer does not keep the caller waiting past it.
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
 * BuildWatcher watcher = copr.builds().watcher()
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
public interface BuildWatcher {

    /**
     * Name of the observation of each wait, with the low-cardinality tag {@code outcome}:
     * {@code SUCCEEDED} (all builds succeeded), {@code FAILED} (some did not), {@code TIMEOUT},
     * {@code INTERRUPTED} or {@code ERROR}.
     */
    String WATCH_OBSERVATION = "copr.build.watch";

    /** python-copr's default poll interval, 30 seconds. */
    Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    /**
     * Waits until every build has ended and returns them as last polled, in the order given; see
     * {@link #waitFor(Collection)}.
     */
    List<Build> waitFor(Build... builds);

    /**
     * Waits until every build has ended and returns them as last polled, in the order given (a build
     * given twice is polled once and returned twice; no builds return at once). The state change
     * listener hears of a build whose state differs from the one in the given {@link Build}.
     * @throws dev.copr.client.exception.CoprTimeoutException when the timeout passes first; the
     *         message names the unfinished builds and their last states
     * @throws dev.copr.client.exception.CoprException when a build is in state {@code unknown}, or when the thread
     *         is interrupted (the interrupt flag stays set; the cause is the {@link InterruptedException}
     *         if it came while sleeping or waiting for end signals)
     * @throws dev.copr.client.exception.CoprNoResultException when a build does not exist
     */
    List<Build> waitFor(Collection<Build> builds);

    /**
     * Waits until the builds with these ids have ended; see {@link #waitFor(Collection)}. The state
     * change listener also hears of each build's first poll.
     */
    List<Build> waitForIds(long... buildIds);

    /** Waits until the builds with these ids have ended; see {@link #waitForIds(long...)}. */
    List<Build> waitForIds(Collection<Long> buildIds);

    /** How a watcher pauses between polls; replace it in tests to run without real waiting. */
    @FunctionalInterface
    interface Sleeper {

        /** Pauses the calling thread for {@code duration}, or less when interrupted. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Settings of a {@link BuildWatcher}, from {@link BuildProxy#watcher()}; all optional. */
    interface Builder {

        /**
         * Time between two polls of a build that has not ended; positive, {@link #DEFAULT_INTERVAL} by default.
         * With end signals, the longest wait for them, and the time between polls while they are not live.
         * @throws dev.copr.client.exception.CoprValidationException when not positive
         */
        Builder interval(Duration interval);

        /**
         * How long to wait at most, counted from the first poll; null or zero waits forever (the
         * default, python-copr's {@code timeout=0}). The first poll always happens, and the last one
         * when the timeout has passed, even if that is sooner than the interval (a poll then is bounded
         * by the client's response timeout only, and not retried); the watch times out only after it.
         * @throws dev.copr.client.exception.CoprValidationException when negative
         */
        Builder timeout(@Nullable Duration timeout);

        /** Told of every build's state change as it is polled. */
        Builder onStateChange(@Nullable BuildStateListener listener);

        /**
         * Given all builds as last polled, in the order given, after every round of polls, like
         * python-copr's {@code callback}. With end signals, a round is each batch of requests: the
         * first poll, the confirmation of builds whose chroots ended, the polls after a reconnect, at
         * the timeout and on the interval while the signals are not live; a wait without news asks
         * Copr nothing and calls nothing.
         */
        Builder afterEachPoll(@Nullable Consumer<List<Build>> listener);

        /** The clock that measures the timeout; the system clock by default. */
        Builder clock(Clock clock);

        /** How to pause between polls without end signals; {@link Thread#sleep} by default. */
        Builder sleeper(Sleeper sleeper);

        /**
         * Where the watcher learns that chroots ended, so that it polls a build only then; by default
         * the signals of the client the watcher polls through ({@code CoprClient.Builder.buildEndSignals}),
         * if any. Null restores the default.
         */
        Builder endSignals(@Nullable BuildEndSignals endSignals);

        /** The watcher. */
        BuildWatcher build();
    }
}
