package dev.copr.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A build batch (Copr's {@code Batch}): builds that Copr's backend may run together, only once the
 * batch this one is blocked by has finished, whatever its builds' outcome. Mutable: builds join it.
 */
final class BatchRecord {

    final long id;
    final @Nullable BatchRecord blockedBy;
    final List<BuildRecord> builds = new ArrayList<>();

    BatchRecord(long id, @Nullable BatchRecord blockedBy) {
        this.id = id;
        this.blockedBy = blockedBy;
    }

    /** Puts the build into this batch, both ways. */
    void add(BuildRecord build) {
        builds.add(build);
        build.batch = this;
    }

    /** Copr's {@code Batch.finished}: it has builds and every one of them finished, in any state. */
    boolean finished() {
        return !builds.isEmpty() && builds.stream().allMatch(BuildRecord::finished);
    }

    /** Copr's {@code Batch.blocked}: a batch it waits for, directly or through others, has not finished. */
    boolean blocked() {
        return blockedBy != null && (blockedBy.blocked() || !blockedBy.finished());
    }

    /** The projects of its builds, in the order they joined ({@code Batch.assigned_projects}). */
    List<ProjectRecord> projects(StubState state) {
        Set<Long> ids = new LinkedHashSet<>();
        builds.forEach(build -> ids.add(build.projectId));
        return ids.stream().filter(state.projects::containsKey).map(state::project).toList();
    }
}
