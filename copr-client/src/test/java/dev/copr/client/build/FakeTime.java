package dev.copr.client.build;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the watcher sleeps, or waits for end signals, and records each sleep. */
final class FakeTime extends Clock implements BuildWatcher.Sleeper {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    /** Moves the clock as if the watcher waited other than by sleeping. */
    void advance(Duration duration) {
        now = now.plus(duration);
    }

    List<Duration> sleeps() {
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
