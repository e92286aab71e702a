package dev.copr.client.build;

import dev.copr.client.FakeTime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * In-memory {@link BuildEndSignals} on a {@link FakeTime}: a timeline of chroot ends, outages and
 * reconnects, counted from its creation, that each {@code await} plays up to its timeout. Ends reach
 * the watcher whatever build they belong to, as from a source that does not filter.
 */
final class TimelineEndSignals implements BuildEndSignals {

    private final FakeTime time;
    private final Instant origin;
    private final List<Event> timeline = new ArrayList<>();
    private final List<Set<Long>> subscriptions = new ArrayList<>();
    private final List<Duration> awaits = new ArrayList<>();
    private int open;
    private boolean live = true;

    TimelineEndSignals(FakeTime time) {
        this.time = time;
        this.origin = time.instant();
    }

    /** At {@code at}, chroot {@code chroot} of build {@code buildId} ends in {@code state}. */
    TimelineEndSignals end(Duration at, long buildId, String chroot, BuildState state) {
        return at(at, news -> news.ends.add(new ChrootEnd(buildId, chroot, state)));
    }

    /** At {@code at}, the signals stop being live. */
    TimelineEndSignals down(Duration at) {
        return at(at, news -> live = false);
    }

    /** At {@code at}, the signals are live again without having missed anything. */
    TimelineEndSignals up(Duration at) {
        return at(at, news -> live = true);
    }

    /** At {@code at}, the signals reconnect and are live. */
    TimelineEndSignals reconnect(Duration at) {
        return at(at, news -> {
            news.reconnected = true;
            live = true;
        });
    }

    /** At {@code at}, the waiting thread is interrupted. */
    TimelineEndSignals interrupt(Duration at, InterruptedException interrupt) {
        return at(at, news -> {
            throw interrupt;
        });
    }

    @Override
    public Subscription subscribe(Set<Long> buildIds) {
        subscriptions.add(Set.copyOf(buildIds));
        open++;
        return new TimelineSubscription();
    }

    /** The build ids of every subscription, in order. */
    List<Set<Long>> subscriptions() {
        return subscriptions;
    }

    /** The timeout of every {@code await}, in order. */
    List<Duration> awaits() {
        return awaits;
    }

    /** How many subscriptions are not closed. */
    int open() {
        return open;
    }

    private TimelineEndSignals at(Duration at, Effect effect) {
        timeline.add(new Event(origin.plus(at), effect));
        timeline.sort(Comparator.comparing(Event::at));
        return this;
    }

    /** Waits on the fake time for the next event, or until {@code until}, and plays every event due then. */
    private Update play(Instant until) throws InterruptedException {
        if (timeline.isEmpty() || timeline.get(0).at().isAfter(until)) {
            advanceTo(until);
            return new Update(List.of(), false, live);
        }
        advanceTo(timeline.get(0).at());
        News news = new News();
        while (!timeline.isEmpty() && !timeline.get(0).at().isAfter(time.instant())) {
            timeline.remove(0).effect().apply(news);
        }
        return new Update(news.ends, news.reconnected, live);
    }

    private void advanceTo(Instant instant) {
        if (instant.isAfter(time.instant())) {
            time.advance(Duration.between(time.instant(), instant));
        }
    }

    private final class TimelineSubscription implements Subscription {

        private boolean closed;

        @Override
        public Update await(Duration timeout) throws InterruptedException {
            if (closed) {
                throw new IllegalStateException("awaited a closed subscription");
            }
            awaits.add(timeout);
            return play(time.instant().plus(timeout));
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                open--;
            }
        }
    }

    private record Event(Instant at, Effect effect) {
    }

    @FunctionalInterface
    private interface Effect {
        void apply(News news) throws InterruptedException;
    }

    /** What one {@code await} gathers. */
    private static final class News {
        private final List<ChrootEnd> ends = new ArrayList<>();
        private boolean reconnected;
    }
}
