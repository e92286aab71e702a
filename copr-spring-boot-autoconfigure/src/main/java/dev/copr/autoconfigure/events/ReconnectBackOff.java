package dev.copr.autoconfigure.events;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The listener container's wait between attempts to reconnect: doubling from {@code initial} up to
 * {@code max}, and starting over after each successful connection. The container keeps one
 * execution for the life of its consumer, so a plain exponential back-off would stay at its longest
 * wait after a few outages, however far apart.
 */
final class ReconnectBackOff implements BackOff {

    private final Duration initial;
    private final Duration max;
    private final AtomicLong connections = new AtomicLong();

    ReconnectBackOff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** The consumer connected: the next wait is the initial one again. */
    void connected() {
        connections.incrementAndGet();
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private long seen = connections.get();
            private BackOffExecution current = exponential();

            @Override
            public long nextBackOff() {
                long now = connections.get();
                if (now != seen) {
                    seen = now;
                    current = exponential();
                }
                return current.nextBackOff();
            }
        };
    }

    private BackOffExecution exponential() {
        ExponentialBackOff backOff = new ExponentialBackOff(initial.toMillis(), 2.0);
        backOff.setMaxInterval(max.toMillis());
        return backOff.start();
    }
}
