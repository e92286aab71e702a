package dev.copr.autoconfigure.events;

import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.event.BuildChrootMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Build end signals fed by the events' consumer: each {@code copr.build.end} goes to the
 * subscriptions of its build, every (re)connection of the consumer marks all subscriptions
 * {@code reconnected}, and the signals are live while the consumer is connected and the bus not
 * silent for too long. A lost connection wakes the waiting watchers, so that they see at once that
 * the signals are not live.
 */
final class BusBuildEndSignals implements BuildEndSignals {

    private final Set<BusSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final BooleanSupplier live;

    /** @param live whether the signals can be relied on now */
    BusBuildEndSignals(BooleanSupplier live) {
        this.live = live;
    }

    @Override
    public Subscription subscribe(Set<Long> buildIds) {
        BusSubscription subscription = new BusSubscription(Set.copyOf(buildIds));
        subscriptions.add(subscription);
        return subscription;
    }

    /** A chroot of a build ended. */
    void ended(BuildChrootMessage message) {
        ChrootEnd end = new ChrootEnd(message.buildId(), message.chroot(), message.state());
        for (BusSubscription subscription : subscriptions) {
            if (subscription.buildIds.contains(end.buildId())) {
                subscription.add(end);
            }
        }
    }

    /** The consumer (re)connected: ends may have been missed meanwhile. */
    void reconnected() {
        subscriptions.forEach(BusSubscription::markReconnected);
    }

    /** The consumer lost its connection: wake the watchers so that they see the signals are not live. */
    void disconnected() {
        subscriptions.forEach(BusSubscription::wake);
    }

    private final class BusSubscription implements Subscription {

        private final Set<Long> buildIds;
        private final Lock lock = new ReentrantLock();
        private final Condition news = lock.newCondition();
        private final List<ChrootEnd> ends = new ArrayList<>();
        private boolean reconnected;
        private boolean woken;

        BusSubscription(Set<Long> buildIds) {
            this.buildIds = buildIds;
        }

        void add(ChrootEnd end) {
            signal(() -> ends.add(end));
        }

        void markReconnected() {
            signal(() -> reconnected = true);
        }

        void wake() {
            signal(() -> woken = true);
        }

        private void signal(Runnable change) {
            lock.lock();
            try {
                change.run();
                news.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Update await(Duration timeout) throws InterruptedException {
            lock.lock();
            try {
                long nanos = timeout.toNanos();
                while (ends.isEmpty() && !reconnected && !woken && nanos > 0) {
                    nanos = news.awaitNanos(nanos);
                }
                Update update = new Update(ends, reconnected, live.getAsBoolean());
                ends.clear();
                reconnected = false;
                woken = false;
                return update;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
