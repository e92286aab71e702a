package dev.copr.test;

import dev.copr.client.build.BuildState;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A build (Copr's {@code Build}): the source (SRPM) build state and one {@link BuildChrootRecord}
 * per chroot, from which the build's state is derived as Copr derives it. Mutable.
 */
final class BuildRecord {

    private static final Set<BuildState> SOURCE_STATES_SHOWN =
            EnumSet.of(BuildState.STARTING, BuildState.PENDING, BuildState.RUNNING, BuildState.IMPORTING,
                    BuildState.FAILED);
    private static final List<BuildState> CHROOT_STATE_PRIORITY =
            List.of(BuildState.RUNNING, BuildState.STARTING, BuildState.PENDING, BuildState.FAILED,
                    BuildState.SUCCEEDED, BuildState.SKIPPED, BuildState.FORKED);

    final long id;
    final long projectId;
    final String dirname;
    final String submitter;
    final long submittedOn;
    /** Copr's source type text: {@code link}, {@code upload}, {@code scm}, {@code pypi}, ... */
    final String sourceType;
    final Map<String, Object> sourceJson;
    boolean background;
    int timeout;
    int memoryLimit = 2048;
    boolean enableNet;
    @Nullable String bootstrap;
    String isolation = "unchanged";
    /** The package, once known: at submission for package and DistGit builds, else when the SRPM is imported. */
    @Nullable String packageName;
    @Nullable String pkgVersion;
    /** Where the SRPM is: the URL or upload built from, later the results of the SRPM build. */
    @Nullable String srpmUrl;
    BuildState sourceState = BuildState.PENDING;
    boolean canceled;
    /** The chroots the build gets when its SRPM is ready, when not allocated at submission. */
    List<String> plannedChroots = new ArrayList<>();
    final Map<String, BuildChrootRecord> chroots = new LinkedHashMap<>();
    /** How the build ends when it is advanced to its end: succeeded or failed. */
    BuildState outcome = BuildState.SUCCEEDED;
    /** How the build ends in these chroots, overriding {@link #outcome}. */
    final Map<String, BuildState> chrootOutcomes = new HashMap<>();
    /** The size of each RPM and SRPM the build makes, in bytes. */
    long rpmSize;
    /** The batch it belongs to, if any. */
    @Nullable BatchRecord batch;

    BuildRecord(long id, long projectId, String dirname, String submitter, long submittedOn, String sourceType,
                Map<String, Object> sourceJson) {
        this.id = id;
        this.projectId = projectId;
        this.dirname = dirname;
        this.submitter = submitter;
        this.submittedOn = submittedOn;
        this.sourceType = sourceType;
        this.sourceJson = new LinkedHashMap<>(sourceJson);
    }

    /** How the build ends in a chroot when it is advanced to its end. */
    BuildState outcomeIn(String chroot) {
        return chrootOutcomes.getOrDefault(chroot, outcome);
    }

    /** The state Copr derives from the source build and the chroots ({@code Build.status}). */
    BuildState state() {
        if (canceled) {
            return BuildState.CANCELED;
        }
        if (SOURCE_STATES_SHOWN.contains(sourceState)) {
            return sourceState;
        }
        if (chroots.isEmpty()) {
            return BuildState.WAITING;
        }
        for (BuildState state : CHROOT_STATE_PRIORITY) {
            if (chroots.values().stream().anyMatch(chroot -> chroot.state == state)) {
                return state;
            }
        }
        if (chroots.values().stream().anyMatch(chroot -> chroot.state == BuildState.WAITING)) {
            return BuildState.PENDING;
        }
        return BuildState.UNKNOWN;
    }

    /** Copr's {@code Build.finished}: canceled, source failed, or every chroot (or the source) finished. */
    boolean finished() {
        if (canceled || sourceState == BuildState.FAILED) {
            return true;
        }
        if (chroots.isEmpty()) {
            return sourceState == BuildState.SUCCEEDED || sourceState == BuildState.FORKED
                    || sourceState == BuildState.CANCELED || sourceState == BuildState.SKIPPED;
        }
        return chroots.values().stream().allMatch(BuildChrootRecord::finished);
    }

    /** Copr's {@code Build.blocked}: its batch waits for another that has not finished; the backend does not take it. */
    boolean blocked() {
        return batch != null && batch.blocked();
    }

    /** The first start of a chroot. */
    @Nullable Long startedOn() {
        return chroots.values().stream().map(chroot -> chroot.startedOn).filter(t -> t != null)
                .min(Long::compare).orElse(null);
    }

    /** The last end of a chroot, null while one has not ended. */
    @Nullable Long endedOn() {
        if (chroots.isEmpty() || chroots.values().stream().anyMatch(chroot -> chroot.endedOn == null)) {
            return null;
        }
        return chroots.values().stream().map(chroot -> chroot.endedOn).max(Long::compare).orElse(null);
    }

    /** The SRPM's file name once imported. */
    @Nullable String srpmName() {
        return packageName == null ? null : packageName + "-" + pkgVersion + ".src.rpm";
    }
}
