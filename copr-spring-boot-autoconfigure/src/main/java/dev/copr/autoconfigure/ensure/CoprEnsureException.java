package dev.copr.autoconfigure.ensure;

import dev.copr.client.exception.CoprException;

/** A project of {@code copr.ensure.projects} that could not be brought into its desired state. */
final class CoprEnsureException extends RuntimeException {

    private final transient DeclaredProject project;
    private final CoprException failure;

    CoprEnsureException(DeclaredProject project, CoprException failure) {
        super("Copr project " + project.describe() + " could not be ensured: " + failure.getMessage(), failure);
        this.project = project;
        this.failure = failure;
    }

    DeclaredProject project() {
        return project;
    }

    /** Why: Copr's refusal, a conflict, or a failed request. */
    CoprException failure() {
        return failure;
    }
}
