package dev.copr.client.internal.proxy;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.BuildStateListener;
import dev.copr.client.exception.CoprException;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** One wait of a {@link HttpBuildWatcher}: the latest answer per build and which builds are still watched. */
final class BuildWatch {

    private final HttpBuildProxy builds;
    private final @Nullable BuildStateListener listener;
    private final List<Long> order;
    private final Map<Long, BuildState> knownStates;
    private final Map<Long, Build> latest = new LinkedHashMap<>();
    private final Set<Long> watched;
    private final @Nullable Supplier<Duration> timeLeft;
    /** Set once the watch has waited until its timeout: the polls that follow are the deadline's. */
    private boolean deadlineReached;

    /**
     * @param order the build ids in the order the caller gave them (may repeat)
     * @param knownStates the states the caller knew, by id; ids given without a build are absent
     * @param timeLeft the time the watch has left, which bounds each poll; null for no bound
     */
    BuildWatch(HttpBuildProxy builds, @Nullable BuildStateListener listener, List<Long> order,
               Map<Long, BuildState> knownStates, @Nullable Supplier<Duration> timeLeft) {
        this.builds = builds;
        this.listener = listener;
        this.order = List.copyOf(order);
        this.knownStates = new LinkedHashMap<>(knownStates);
        this.watched = new LinkedHashSet<>(order);
        this.timeLeft = timeLeft;
    }

    /** Polls every build that has not ended once, tells the listener of new states; true when none is left. */
    boolean poll() {
        return poll(watched);
    }

    /** Polls those of {@code ids} that have not ended once, in the order given; see {@link #poll()}. */
    boolean poll(Set<Long> ids) {
        for (Iterator<Long> watchedIds = watched.iterator(); watchedIds.hasNext(); ) {
            long id = watchedIds.next();
            if (!ids.contains(id)) {
                continue;
            }
            Build build = fetch(id);
            latest.put(id, build);
            BuildState previous = knownStates.put(id, build.state());
            if (build.state() == BuildState.UNKNOWN) {
                throw new CoprException("Unknown status of build " + id + " (Copr's state 'unknown', or a state"
                        + " newer than this client); stopped waiting for builds " + unfinished());
            }
            if (previous != build.state() && listener != null) {
                listener.stateChanged(build, previous);
            }
            if (build.ended()) {
                watchedIds.remove();
            }
        }
        return watched.isEmpty();
    }

    /** The latest answer for a build still watched; null once it has ended, or before its first poll. */
    @Nullable Build watched(long id) {
        return watched.contains(id) ? latest.get(id) : null;
    }

    /** The time the watch has left; null when it has no timeout. */
    @Nullable Duration timeLeft() {
        return timeLeft == null ? null : timeLeft.get();
    }

    /** Whether the watch's timeout has passed, or the watch has waited until it. */
    boolean timeIsUp() {
        return deadlineReached || timeLeft != null && timeLeft.get().isZero();
    }

    /**
     * Records that the watch has waited until its timeout, even if a clock that moves apart from the
     * wait still shows a moment left: the polls that follow are the deadline's.
     */
    void reachDeadline() {
        deadlineReached = true;
    }

    /** The latest answer for every build, in the order given. */
    List<Build> latest() {
        return order.stream().map(latest::get).toList();
    }

    /** The builds still watched with their last known states, e.g. {@code 7 (running), 9 (pending)}. */
    String unfinished() {
        return watched.stream()
                .map(id -> id + " (" + (knownStates.containsKey(id) ? knownStates.get(id).coprName() : "not polled yet")
                        + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * The error for a wait whose thread was interrupted; the interrupt flag stays set.
     * @param cause the {@link InterruptedException}, or the failed request, if any
     */
    CoprException interrupted(@Nullable Throwable cause) {
        Thread.currentThread().interrupt();
        return new CoprException("Interrupted while waiting for Copr builds " + unfinished()
                + "; they go on building on Copr", 0, null, null, cause);
    }

    private Build fetch(long id) {
        if (Thread.currentThread().isInterrupted()) {
            throw interrupted(null);
        }
        try {
            // A poll once the time is up is still sent, bounded by the client's own response timeout
            return timeLeft == null ? builds.get(id) : builds.get(id, deadlineReached ? Duration.ZERO : timeLeft.get());
        } catch (CoprException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(e);
            }
            throw e;
        }
    }
}
