package dev.copr.client.project;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What {@link ProjectProxy#ensure} changed in a project, or what {@link ProjectProxy#diff} would change: a diff
 * for programs, and a log line through {@link #toString()}.
 *
 * @param ownername the project's owner
 * @param projectname the project's name
 * @param created whether the project did not exist (and was created, unless {@code applied} is false)
 * @param changes the settings that differ, in the order of {@link DesiredProject.Builder}, chroots first; on
 *        creation every desired setting, from nothing
 * @param conflicts the settings Copr takes only at creation ({@code persistent}, {@code storage}) that differ
 *        from those of the existing project; {@link ProjectProxy#ensure} refuses them, so only a diff has them
 * @param applied whether the changes were made; false for {@link ProjectProxy#diff}
 * @param project the project as Copr answered it last; null when a diff finds no project
 * @since 0.1.0
 */
public record ProjectChanges(String ownername, String projectname, boolean created, List<SettingChange> changes,
                             List<SettingChange> conflicts, boolean applied, @Nullable Project project) {

    public ProjectChanges {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
    }

    /** Whether anything differs: a missing project, a changed setting or a conflict. */
    public boolean differs() {
        return created || !changes.isEmpty() || !conflicts.isEmpty();
    }

    /**
     * E.g. {@code jdoe/hello edited: description: "Old" -> "New", chroots: [...] -> [...]}; a diff says
     * {@code would be edited} and lists its conflicts.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(ownername).append('/').append(projectname);
        if (!differs()) {
            return text.append(" unchanged").toString();
        }
        if (!changes.isEmpty()) {
            text.append(applied ? " " : " would be ").append(created ? "created: " : "edited: ").append(join(changes));
        }
        if (!conflicts.isEmpty()) {
            text.append(changes.isEmpty() ? "" : ";").append(" conflicts with settings Copr takes only at creation: ")
                    .append(join(conflicts));
        }
        return text.toString();
    }

    private static String join(List<SettingChange> changes) {
        return changes.stream().map(SettingChange::toString).collect(Collectors.joining(", "));
    }
}
