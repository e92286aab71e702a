package dev.copr.client.project;

import dev.copr.client.exception.CoprException;

import java.util.stream.Collectors;

/**
 * {@link ProjectProxy#ensure} found an existing project whose {@code persistent} or {@code storage} differs
 * from the desired one; Copr takes those only when it creates a project, so nothing was changed.
 *
 * @since 0.1.0
 */
public class ProjectConflictException extends CoprException {

    private final transient ProjectChanges diff;

    /** @param diff the project's diff, with at least one conflict */
    public ProjectConflictException(ProjectChanges diff) {
        super(diff.ownername() + "/" + diff.projectname() + " has settings Copr takes only when it creates a project,"
                + " and they differ: " + diff.conflicts().stream().map(SettingChange::toString)
                .collect(Collectors.joining(", "))
                + ". Nothing was changed: unset them, set them to the project's values, or delete and re-create"
                + " the project");
        this.diff = diff;
    }

    /** The whole diff: the conflicts and the other changes, which were not made either. */
    public ProjectChanges getDiff() {
        return diff;
    }
}
