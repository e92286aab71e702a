package dev.copr.client.internal.proxy;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildEndSignals.ChrootEnd;
import dev.copr.client.build.BuildState;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chroot ends signalled during one {@link BuildWatch}, and which builds they give reason to ask Copr about:
 * a build's state is derived from its chroots, so it can only have ended once they all have.
 */
final class SignalledEnds {

    /** The chroot of a build's source build in Copr's messages. */
    private static final String SOURCE_BUILD = "srpm-builds";

    private final BuildWatch watch;
    private final Map<Long, Set<String>> endedChroots = new HashMap<>();

    SignalledEnds(BuildWatch watch) {
        this.watch = watch;
    }

    /**
     * Takes in newly signalled ends and returns the watched builds that may have ended with them: every chroot
     * of {@link Build#chroots()} has ended, the source build did not succeed (no chroot runs then), or a chroot
     * ended that the last answer did not list. Ends of other builds, or of builds that ended, are ignored.
     */
    Set<Long> record(List<ChrootEnd> ends) {
        Set<Long> mayHaveEnded = new LinkedHashSet<>();
        for (ChrootEnd end : ends) {
            Build build = watch.watched(end.buildId());
            if (build == null) {
                continue;
            }
            Set<String> ended = endedChroots.computeIfAbsent(build.id(), id -> new HashSet<>());
            ended.add(end.chroot());
            if (mayHaveEnded(build, end, ended)) {
                mayHaveEnded.add(build.id());
            }
        }
        return mayHaveEnded;
    }

    private static boolean mayHaveEnded(Build build, ChrootEnd end, Set<String> ended) {
        if (end.chroot().equals(SOURCE_BUILD)) {
            return end.state() != BuildState.SUCCEEDED;
        }
        return !build.chroots().contains(end.chroot()) || ended.containsAll(build.chroots());
    }
}
