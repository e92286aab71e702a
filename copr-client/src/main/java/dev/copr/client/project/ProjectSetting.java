package dev.copr.client.project;

import dev.copr.client.internal.Settings;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One setting of a {@link DesiredProject}: where Copr's project answer shows it and when the answer
 * agrees with the desired value.
 *
 * @param <T> the class of its values
 */
final class ProjectSetting<T> {

    /** The settings a {@link DesiredProject} compares, chroots apart, in the order of the options' schema. */
    static final List<ProjectSetting<?>> ALL = List.of(
            text(AbstractProjectOptions.DESCRIPTION, Project::description),
            text(AbstractProjectOptions.INSTRUCTIONS, Project::instructions),
            text(AbstractProjectOptions.HOMEPAGE, Project::homepage),
            text(AbstractProjectOptions.CONTACT, Project::contact),
            plain(AbstractProjectOptions.ADDITIONAL_REPOS, Project::additionalRepos),
            plain(AbstractProjectOptions.UNLISTED_ON_HP, Project::unlistedOnHp),
            plain(AbstractProjectOptions.ENABLE_NET, Project::enableNet),
            new ProjectSetting<>(AbstractProjectOptions.PERSISTENT, Project::persistent, Objects::equals, true),
            plain(AbstractProjectOptions.AUTO_PRUNE, Project::autoPrune),
            plain(AbstractProjectOptions.DEVEL_MODE, Project::develMode),
            plain(AbstractProjectOptions.MODULE_HOTFIXES, Project::moduleHotfixes),
            plain(AbstractProjectOptions.BOOTSTRAP, Project::bootstrap),
            plain(AbstractProjectOptions.ISOLATION, Project::isolation),
            plain(AbstractProjectOptions.FOLLOW_FEDORA_BRANCHING, Project::followFedoraBranching),
            plain(AbstractProjectOptions.APPSTREAM, Project::appstream),
            new ProjectSetting<>(AbstractProjectOptions.PACKIT_FORGE_PROJECTS_ALLOWED,
                    Project::packitForgeProjectsAllowed,
                    (desired, current) -> withoutSchemes(desired).equals(current), false),
            plain(AbstractProjectOptions.REPO_PRIORITY, Project::repoPriority),
            new ProjectSetting<>(AbstractProjectOptions.STORAGE, Project::storage, Objects::equals, true));

    private final Settings.Key<T> key;
    private final Function<Project, @Nullable T> current;
    private final BiPredicate<T, @Nullable T> agrees;
    private final boolean createOnly;

    private ProjectSetting(Settings.Key<T> key, Function<Project, @Nullable T> current,
                           BiPredicate<T, @Nullable T> agrees, boolean createOnly) {
        this.key = key;
        this.current = current;
        this.agrees = agrees;
        this.createOnly = createOnly;
    }

    private static <T> ProjectSetting<T> plain(Settings.Key<T> key, Function<Project, @Nullable T> current) {
        return new ProjectSetting<>(key, current, Objects::equals, false);
    }

    /** A text setting, where Copr's empty text and no text are the same. */
    private static ProjectSetting<String> text(Settings.Key<String> key, Function<Project, @Nullable String> current) {
        return new ProjectSetting<>(key, current,
                (desired, value) -> desired.equals(value == null ? "" : value), false);
    }

    /** The setting's name, as its accessor is named. */
    String name() {
        return key.name();
    }

    /** Whether Copr takes the setting only when it creates the project. */
    boolean createOnly() {
        return createOnly;
    }

    /** The setting's desired value as a change from nothing, or null when it is not compared. */
    @Nullable SettingChange creation(DesiredProject desired) {
        T value = desired.settings().get(key);
        return value == null ? null : new SettingChange(key.name(), null, value);
    }

    /** The change from the project's value to the desired one, or null when they agree or it is not compared. */
    @Nullable SettingChange change(DesiredProject desired, Project project) {
        T value = desired.settings().get(key);
        T before = current.apply(project);
        return value == null || agrees.test(value, before) ? null : new SettingChange(key.name(), before, value);
    }

    /** Sets the setting in {@code options} to its value in {@code desired}. */
    void copy(Settings desired, Settings.Builder options) {
        options.set(key, desired.get(key));
    }

    /** The desired settings as options of {@link ProjectProxy#add}, which takes the chroots apart. */
    static NewProjectOptions newProjectOptions(Settings desired) {
        NewProjectOptions.Builder options = NewProjectOptions.builder();
        ALL.forEach(setting -> setting.copy(desired, options.settings));
        return options.build();
    }

    /** Copr keeps {@code github.com/o/r} of {@code https://github.com/o/r}. */
    private static List<String> withoutSchemes(List<String> forgeProjects) {
        return forgeProjects.stream().map(ProjectSetting::withoutScheme).toList();
    }

    private static String withoutScheme(String forgeProject) {
        int scheme = forgeProject.indexOf("://");
        return scheme < 0 ? forgeProject : forgeProject.substring(scheme + 3);
    }
}
