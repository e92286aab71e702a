package dev.copr.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Copr's build batches on submission ({@code BuildsLogic.setup_batch}, {@code BatchesLogic} and
 * {@code Build.batching_user_error}): {@code after_build_id} starts a new batch blocked by the batch of
 * that build, {@code with_build_id} joins the batch of that build; either puts a build that is in no
 * batch yet into a new one first.
 */
final class Batches {

    private Batches() {
    }

    /**
     * Why the user may not use this build for a batch option, or null: a finished batch cannot be
     * joined, nor a batch of projects the user may not build in; a build in no batch must be
     * unfinished and in a project the user may build in. Anyone may start a batch after an existing one.
     * @param join true for {@code with_build_id}, false for {@code after_build_id}
     */
    static @Nullable String userError(StubState state, BuildRecord build, CoprStubUser user, boolean join) {
        BatchRecord batch = build.batch;
        if (batch != null) {
            if (!join) {
                return null;
            }
            if (batch.finished()) {
                return "Batch " + batch.id + " is already finished";
            }
            List<ProjectRecord> projects = batch.projects(state);
            if (projects.isEmpty() || projects.stream().anyMatch(project -> state.canBuildIn(user, project))) {
                return null;
            }
            List<String> names = projects.stream().map(ProjectRecord::fullName).toList();
            return "The batch " + batch.id + " belongs to " + pluralize("project", names)
                    + ".  You are not allowed to build there, so you neither can edit the batch.";
        }
        String base = "Build " + build.id + " is not yet in any batch, and ";
        ProjectRecord project = state.projectOf(build);
        if (!state.canBuildIn(user, project)) {
            return base + "user '" + user.name() + "' doesn't have the build permissions in project '"
                    + project.fullName() + "' to create a new one";
        }
        if (build.finished()) {
            return base + "new batch can not be created because the build has already finished";
        }
        return null;
    }

    /** Puts a new build into the batch its options ask for, if any (they were checked by the form). */
    static void assign(StubState state, BuildRecord build, BuildOptionsForm options) {
        Integer after = options.afterBuildId();
        Integer with = options.withBuildId();
        BatchRecord batch = null;
        if (with != null && with != 0) {
            batch = batchOf(state, state.build(with));
        } else if (after != null && after != 0) {
            batch = state.newBatch(batchOf(state, state.build(after)));
        }
        if (batch != null) {
            batch.add(build);
        }
    }

    /** The batch of a build, a new one if it has none yet ({@code BatchesLogic.get_batch_or_create}). */
    private static BatchRecord batchOf(StubState state, BuildRecord build) {
        BatchRecord batch = build.batch;
        if (batch == null) {
            batch = state.newBatch(null);
            batch.add(build);
        }
        return batch;
    }

    /** Copr's {@code helpers.pluralize}: {@code project a/b}, {@code projects a/b and c/d}, {@code ... x, y, and z}. */
    private static String pluralize(String what, List<String> items) {
        if (items.size() == 1) {
            return what + " " + items.get(0);
        }
        return what + "s " + String.join(", ", items.subList(0, items.size() - 1)) + (items.size() > 2 ? "," : "")
                + " and " + items.get(items.size() - 1);
    }
}
