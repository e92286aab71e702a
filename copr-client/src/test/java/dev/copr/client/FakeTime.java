package dev.copr.client;

import dev.copr.client.build.BuildWatcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when a watcher or the retries sleep, or a watcher waits for end signals, and
 * records each sleep.
 */
public final class FakeTime extends Clock implements BuildWatcher.Sleeper {

    /** Where the clock starts. */
    public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private Instant now = START;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    /** Moves the clock as if the watcher waited other than by sleeping. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public List<Duration> sleeps() {
        return sleeps;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
