package dev.copr.test;

import dev.copr.client.build.BuildState;

import org.jspecify.annotations.Nullable;

/** One chroot of a build (Copr's {@code BuildChroot}). Mutable. */
final class BuildChrootRecord {

    final long id;
    final String name;
    BuildState state;
    @Nullable Long startedOn;
    @Nullable Long endedOn;
    /** Whether the backend has made a results directory, i.e. the chroot build has started. */
    boolean hasResultDir;
    /** How often its live logs were read while it ran; they grow with each read. */
    int liveLogReads;

    BuildChrootRecord(long id, String name, BuildState state) {
        this.id = id;
        this.name = name;
        this.state = state;
    }

    /** Copr's finished states: succeeded, forked, canceled, skipped, failed. */
    boolean finished() {
        return state == BuildState.SUCCEEDED || state == BuildState.FORKED || state == BuildState.CANCELED
                || state == BuildState.SKIPPED || state == BuildState.FAILED;
    }
}
