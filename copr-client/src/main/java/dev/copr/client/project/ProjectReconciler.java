package dev.copr.client.project;

import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compares a project with a {@link DesiredProject} and makes it match: {@link ProjectProxy#ensure}'s work. */
final class ProjectReconciler {

    private static final Logger log = LoggerFactory.getLogger(ProjectReconciler.class);
    private static final String CHROOTS = AbstractProjectOptions.CHROOTS.name();

    private final ProjectProxy projects;
    private final String ownername;
    private final String projectname;
    private final DesiredProject desired;

    ProjectReconciler(ProjectProxy projects, String ownername, String projectname, DesiredProject desired) {
        this.projects = projects;
        this.ownername = ownername;
        this.projectname = projectname;
        this.desired = Objects.requireNonNull(desired, "desired");
    }

    /** What would change, without changing anything. */
    ProjectChanges diff() {
        Project current = find();
        return current == null ? creation(false, null) : compare(current);
    }

    /** Makes the project match; see {@link ProjectProxy#ensure}. */
    ProjectChanges ensure() {
        Project current = find();
        if (current == null) {
            try {
                return creation(true, projects.add(ownername, projectname, desired.chroots(),
                        desired.newProjectOptions()));
            } catch (CoprRequestException e) {
                current = e.getStatus() == 400 ? find() : null;
                if (current == null) {
                    throw e;
                }
                log.debug("{}/{} was created meanwhile by someone else; comparing with it", ownername, projectname);
            }
        }
        ProjectChanges diff = compare(current);
        if (!diff.conflicts().isEmpty()) {
            throw new ProjectConflictException(diff);
        }
        if (diff.changes().isEmpty()) {
            return new ProjectChanges(ownername, projectname, false, List.of(), List.of(), true, current);
        }
        Project edited = projects.edit(ownername, projectname, edit(diff.changes()));
        return new ProjectChanges(ownername, projectname, false, diff.changes(), List.of(), true, edited);
    }

    private @Nullable Project find() {
        try {
            return projects.get(ownername, projectname);
        } catch (CoprNoResultException e) {
            return null;
        }
    }

    private ProjectChanges creation(boolean applied, @Nullable Project project) {
        List<SettingChange> changes = new ArrayList<>();
        changes.add(new SettingChange(CHROOTS, null, new TreeSet<>(desired.chroots())));
        for (ProjectSetting<?> setting : ProjectSetting.ALL) {
            SettingChange change = setting.creation(desired);
            if (change != null) {
                changes.add(change);
            }
        }
        return new ProjectChanges(ownername, projectname, true, changes, List.of(), applied, project);
    }

    private ProjectChanges compare(Project current) {
        List<SettingChange> changes = new ArrayList<>();
        List<SettingChange> conflicts = new ArrayList<>();
        Set<String> chroots = new TreeSet<>(current.chrootRepos().keySet());
        Set<String> desiredChroots = new TreeSet<>(desired.chroots());
        if (!chroots.equals(desiredChroots)) {
            changes.add(new SettingChange(CHROOTS, chroots, desiredChroots));
        }
        for (ProjectSetting<?> setting : ProjectSetting.ALL) {
            SettingChange change = setting.change(desired, current);
            if (change != null) {
                (setting.createOnly() ? conflicts : changes).add(change);
            }
        }
        return new ProjectChanges(ownername, projectname, false, changes, conflicts, false, current);
    }

    /** The edit that makes these changes: the differing settings, and all desired chroots when they differ. */
    private ProjectOptions edit(List<SettingChange> changes) {
        ProjectOptions.Builder options = ProjectOptions.builder();
        for (ProjectSetting<?> setting : ProjectSetting.ALL) {
            if (changes.stream().anyMatch(change -> change.setting().equals(setting.name()))) {
                setting.copy(desired.settings(), options.settings);
            }
        }
        if (changes.stream().anyMatch(change -> change.setting().equals(CHROOTS))) {
            options.chroots(desired.chroots());
        }
        return options.build();
    }
}
