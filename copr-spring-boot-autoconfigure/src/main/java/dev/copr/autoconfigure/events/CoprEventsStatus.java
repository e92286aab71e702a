package dev.copr.autoconfigure.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Where the events' consumer stands: connected to which queue since when, when the last message
 * arrived, how many arrived with which outcome. Written by the consumer's thread, read by health
 * checks and build watchers.
 */
final class CoprEventsStatus {

    /** What became of a message. */
    enum Outcome {
        /** Published as an application event. */
        PUBLISHED("published"),
        /** Read, but not for the configured owners and projects. */
        FILTERED("filtered"),
        /** Not one of Copr's build topics. */
        UNKNOWN_TOPIC("unknown-topic"),
        /** A build topic whose body cannot be read. */
        MALFORMED("malformed");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

        /** The name in metrics. */
        String tag() {
            return tag;
        }
    }

    private final Clock clock;
    private final Duration silenceTimeout;
    private final AtomicLongArray outcomes = new AtomicLongArray(Outcome.values().length);
    private volatile @Nullable String queue;
    private volatile @Nullable Instant connectedAt;
    private volatile @Nullable Instant lastMessageAt;

    CoprEventsStatus(Clock clock, Duration silenceTimeout) {
        this.clock = clock;
        this.silenceTimeout = silenceTimeout;
    }

    /** The consumer consumes from {@code queue} now. */
    void connected(String queue) {
        this.queue = queue;
        this.connectedAt = clock.instant();
    }

    /** The consumer lost its connection or stopped. */
    void disconnected() {
        this.connectedAt = null;
    }

    void received(Outcome outcome) {
        lastMessageAt = clock.instant();
        outcomes.incrementAndGet(outcome.ordinal());
    }

    boolean isConnected() {
        return connectedAt != null;
    }

    /**
     * Whether the events can be relied on: connected, and a message arrived within the silence
     * timeout (or the connection is younger than it).
     */
    boolean isLive() {
        Instant since = connectedAt;
        if (since == null) {
            return false;
        }
        Instant last = lastMessageAt;
        if (last != null && last.isAfter(since)) {
            since = last;
        }
        return Duration.between(since, clock.instant()).compareTo(silenceTimeout) < 0;
    }

    /** The queue consumed from, or last consumed from; null before the first connection. */
    @Nullable String queue() {
        return queue;
    }

    @Nullable Instant lastMessageAt() {
        return lastMessageAt;
    }

    Instant now() {
        return clock.instant();
    }

    long count(Outcome outcome) {
        return outcomes.get(outcome.ordinal());
    }

    long received() {
        return IntStream.range(0, outcomes.length()).mapToLong(outcomes::get).sum();
    }
}
