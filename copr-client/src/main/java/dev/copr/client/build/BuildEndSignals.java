package dev.copr.client.build;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Tells a {@link BuildWatcher} when chroots of builds end, so that it asks Copr about a build only
 * then instead of on every interval: Spring Boot's starter implements it on Copr's message bus when
 * {@code copr.events.enabled=true}. Give it to {@code CoprClient.Builder.buildEndSignals}; every
 * watcher of that client's builds then uses it.
 *
 * <p>Signal the end of every chroot, and of the source build: a watcher asks Copr about a build once
 * every chroot in {@link Build#chroots()} has ended, or once its source build has ended without
 * succeeding. Watchers subscribe from their own threads, so implementations must be thread-safe; a
 * subscription is used by one thread.
 *
 * @since 0.1.0
 */
public interface BuildEndSignals {

    /**
     * Starts collecting the chroot ends of the given builds. A watcher subscribes before its first
     * poll, so that no end published in between is lost; it ignores ends of other builds.
     */
    Subscription subscribe(Set<Long> buildIds);

    /** The chroot ends of the subscribed builds as they arrive; close it when the watch ends. */
    interface Subscription extends AutoCloseable {

        /**
         * Waits at most {@code timeout} (which may be zero) for news and returns what arrived since the
         * last call, at once when something had already arrived. A watcher calls it at least every
         * interval, so that it learns within an interval that the signals are no longer live.
         * @throws InterruptedException when the thread is interrupted while waiting
         */
        Update await(Duration timeout) throws InterruptedException;

        /** Stops collecting. */
        @Override
        void close();
    }

    /**
     * What arrived since the last {@link Subscription#await}.
     *
     * @param ends chroots of subscribed builds that ended, in order of arrival
     * @param reconnected whether the signals were interrupted meanwhile (e.g. the connection to the bus
     *                    was re-established), so that ends may have been missed and the builds must be
     *                    asked about again
     * @param live whether the signals can be relied on now: false while the source is disconnected or
     *             has been silent longer than it allows, and the watcher then polls on its interval
     */
    record Update(List<ChrootEnd> ends, boolean reconnected, boolean live) {

        public Update {
            ends = List.copyOf(ends);
        }
    }

    /**
     * One chroot of a build ended.
     *
     * @param buildId the build
     * @param chroot the chroot, or {@code srpm-builds} for the build's source build
     * @param state the chroot's final state
     */
    record ChrootEnd(long buildId, String chroot, BuildState state) {
    }
}
