package dev.copr.client.project;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a project should look like, for {@link ProjectProxy#ensure} and {@link ProjectProxy#diff}: its chroots
 * and the settings the caller cares about. A setting left unset is not compared and, on creation, gets Copr's
 * default.
 *
 * <p>It takes the settings Copr's project answer shows, so that they can be compared. {@code multilib},
 * {@code fedora_review}, {@code runtime_dependencies} and {@code delete_after_days} are not in that answer
 * and therefore not here: set them with {@link ProjectProxy#edit}. {@code persistent} and {@code storage}
 * are taken only when Copr creates the project; a difference on an existing project is a conflict.
 *
 * <pre>{@code
 * DesiredProject.builder("fedora-rawhide-x86_64", "epel-9-x86_64").description("Nightly builds").build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DesiredProject {

    private final Settings settings;
    private final NewProjectOptions newProjectOptions;

    private DesiredProject(Builder builder) {
        List<String> chroots = builder.settings.get(AbstractProjectOptions.CHROOTS);
        if (chroots == null || chroots.isEmpty()) {
            throw new CoprValidationException("DesiredProject chroots must name at least one chroot, e.g."
                    + " fedora-rawhide-x86_64 (Copr reads an empty list as every chroot, or as no change)");
        }
        chroots.forEach(chroot -> Arguments.requireName("DesiredProject chroots", chroot));
        this.settings = builder.settings.build();
        // checks the values as Copr's add does, e.g. repoPriority at least 1
        this.newProjectOptions = ProjectSetting.newProjectOptions(settings);
    }

    /**
     * A builder for a project with these chroots enabled and exactly these.
     * @param chroots e.g. {@code fedora-rawhide-x86_64}; at least one, checked by {@link Builder#build()}
     */
    public static Builder builder(List<String> chroots) {
        Builder builder = new Builder(AbstractProjectOptions.SCHEMA.builder());
        builder.settings.setList(AbstractProjectOptions.CHROOTS, chroots);
        return builder;
    }

    /** A builder for a project with these chroots enabled and exactly these. */
    public static Builder builder(String... chroots) {
        return builder(List.of(chroots));
    }

    /** The chroots the project should have enabled, and no others. */
    public List<String> chroots() {
        return settings.require(AbstractProjectOptions.CHROOTS);
    }

    /** The settings that are set, the chroots among them. */
    Settings settings() {
        return settings;
    }

    /** The settings as the options of {@link ProjectProxy#add}, which takes the chroots apart. */
    NewProjectOptions newProjectOptions() {
        return newProjectOptions;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DesiredProject that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code DesiredProject[chroots=[fedora-rawhide-x86_64], description=...]}. */
    @Override
    public String toString() {
        return settings.toString("DesiredProject");
    }

    /** Builds a {@link DesiredProject}; each method sets one setting to compare, null leaves it uncompared. */
    public static final class Builder {

        private final Settings.Builder settings;

        private Builder(Settings.Builder settings) {
            this.settings = settings;
        }

        /** Project description. */
        public Builder description(@Nullable String description) {
            settings.set(AbstractProjectOptions.DESCRIPTION, description);
            return this;
        }

        /** How to install and use the project's packages. */
        public Builder instructions(@Nullable String instructions) {
            settings.set(AbstractProjectOptions.INSTRUCTIONS, instructions);
            return this;
        }

        /** Homepage URL. */
        public Builder homepage(@Nullable String homepage) {
            settings.set(AbstractProjectOptions.HOMEPAGE, homepage);
            return this;
        }

        /** Contact e-mail address or URL. */
        public Builder contact(@Nullable String contact) {
            settings.set(AbstractProjectOptions.CONTACT, contact);
            return this;
        }

        /** Repositories (baseurls or {@code copr://owner/project}) added to every build, in order; empty for none. */
        public Builder additionalRepos(@Nullable List<String> additionalRepos) {
            settings.setList(AbstractProjectOptions.ADDITIONAL_REPOS, additionalRepos);
            return this;
        }

        /** Hide the project from Copr's home page. */
        public Builder unlistedOnHp(@Nullable Boolean unlistedOnHp) {
            settings.set(AbstractProjectOptions.UNLISTED_ON_HP, unlistedOnHp);
            return this;
        }

        /** Give builds network access. */
        public Builder enableNet(@Nullable Boolean enableNet) {
            settings.set(AbstractProjectOptions.ENABLE_NET, enableNet);
            return this;
        }

        /** Delete old builds automatically (only Copr admins may turn it off). */
        public Builder autoPrune(@Nullable Boolean autoPrune) {
            settings.set(AbstractProjectOptions.AUTO_PRUNE, autoPrune);
            return this;
        }

        /** Create repository metadata only on demand, not after each build. */
        public Builder develMode(@Nullable Boolean develMode) {
            settings.set(AbstractProjectOptions.DEVEL_MODE, develMode);
            return this;
        }

        /** Let the project's packages override packages of active module streams. */
        public Builder moduleHotfixes(@Nullable Boolean moduleHotfixes) {
            settings.set(AbstractProjectOptions.MODULE_HOTFIXES, moduleHotfixes);
            return this;
        }

        /** Mock bootstrap setup: {@link Bootstrap#DEFAULT}, {@code ON}, {@code OFF} or {@code IMAGE}. */
        public Builder bootstrap(@Nullable Bootstrap bootstrap) {
            settings.set(AbstractProjectOptions.BOOTSTRAP, bootstrap);
            return this;
        }

        /** Mock isolation setup: {@link Isolation#DEFAULT}, {@code NSPAWN} or {@code SIMPLE}. */
        public Builder isolation(@Nullable Isolation isolation) {
            settings.set(AbstractProjectOptions.ISOLATION, isolation);
            return this;
        }

        /** Enable the chroots of a newly branched Fedora automatically. */
        public Builder followFedoraBranching(@Nullable Boolean followFedoraBranching) {
            settings.set(AbstractProjectOptions.FOLLOW_FEDORA_BRANCHING, followFedoraBranching);
            return this;
        }

        /** Generate AppStream metadata. */
        public Builder appstream(@Nullable Boolean appstream) {
            settings.set(AbstractProjectOptions.APPSTREAM, appstream);
            return this;
        }

        /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from; a URL scheme is ignored. */
        public Builder packitForgeProjectsAllowed(@Nullable List<String> packitForgeProjectsAllowed) {
            settings.setList(AbstractProjectOptions.PACKIT_FORGE_PROJECTS_ALLOWED, packitForgeProjectsAllowed);
            return this;
        }

        /** Priority of the repository for DNF, at least 1. */
        public Builder repoPriority(@Nullable Integer repoPriority) {
            settings.set(AbstractProjectOptions.REPO_PRIORITY, repoPriority);
            return this;
        }

        /** The project and its builds can never be deleted (Copr admins only; taken only at creation). */
        public Builder persistent(@Nullable Boolean persistent) {
            settings.set(AbstractProjectOptions.PERSISTENT, persistent);
            return this;
        }

        /** Where build results are stored (Copr admins only; taken only at creation). */
        public Builder storage(@Nullable Storage storage) {
            settings.set(AbstractProjectOptions.STORAGE, storage);
            return this;
        }

        /**
         * The desired project.
         * @throws CoprValidationException when no chroot is named or a value is out of Copr's range
         */
        public DesiredProject build() {
            return new DesiredProject(this);
        }
    }
}
