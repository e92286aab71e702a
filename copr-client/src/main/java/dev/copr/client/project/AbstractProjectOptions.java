package dev.copr.client.project;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;
import dev.copr.client.internal.Words;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The project settings that {@link ProjectProxy#add} and {@link ProjectProxy#edit} share, python-copr's
 * keyword arguments of both {@code add()} and {@code edit()}: {@link NewProjectOptions} adds the settings
 * only {@code add} takes, {@link ProjectOptions} the chroots {@code edit} takes. A setting left unset is not
 * sent.
 *
 * @since 0.1.0
 */
public abstract sealed class AbstractProjectOptions permits NewProjectOptions, ProjectOptions {

    private static final int MAX_DELETE_AFTER_DAYS = 720;

    /** Every project setting, in the order {@code toString} shows them. */
    static final Settings.Schema SCHEMA = new Settings.Schema();
    static final Settings.Key<List<String>> CHROOTS = SCHEMA.key("chroots");
    static final Settings.Key<String> DESCRIPTION = SCHEMA.key("description");
    static final Settings.Key<String> INSTRUCTIONS = SCHEMA.key("instructions");
    static final Settings.Key<String> HOMEPAGE = SCHEMA.key("homepage");
    static final Settings.Key<String> CONTACT = SCHEMA.key("contact");
    static final Settings.Key<List<String>> ADDITIONAL_REPOS = SCHEMA.key("additionalRepos");
    static final Settings.Key<Boolean> UNLISTED_ON_HP = SCHEMA.key("unlistedOnHp");
    static final Settings.Key<Boolean> ENABLE_NET = SCHEMA.key("enableNet");
    static final Settings.Key<Boolean> PERSISTENT = SCHEMA.key("persistent");
    static final Settings.Key<Boolean> AUTO_PRUNE = SCHEMA.key("autoPrune");
    static final Settings.Key<Boolean> DEVEL_MODE = SCHEMA.key("develMode");
    static final Settings.Key<Integer> DELETE_AFTER_DAYS = SCHEMA.key("deleteAfterDays");
    static final Settings.Key<Boolean> MULTILIB = SCHEMA.key("multilib");
    static final Settings.Key<Boolean> MODULE_HOTFIXES = SCHEMA.key("moduleHotfixes");
    static final Settings.Key<Bootstrap> BOOTSTRAP = SCHEMA.key("bootstrap");
    static final Settings.Key<String> BOOTSTRAP_IMAGE = SCHEMA.key("bootstrapImage");
    static final Settings.Key<Isolation> ISOLATION = SCHEMA.key("isolation");
    static final Settings.Key<Boolean> FOLLOW_FEDORA_BRANCHING = SCHEMA.key("followFedoraBranching");
    static final Settings.Key<Boolean> FEDORA_REVIEW = SCHEMA.key("fedoraReview");
    static final Settings.Key<Boolean> APPSTREAM = SCHEMA.key("appstream");
    static final Settings.Key<List<String>> RUNTIME_DEPENDENCIES = SCHEMA.key("runtimeDependencies");
    static final Settings.Key<List<String>> PACKIT_FORGE_PROJECTS_ALLOWED = SCHEMA.key("packitForgeProjectsAllowed");
    static final Settings.Key<Integer> REPO_PRIORITY = SCHEMA.key("repoPriority");
    static final Settings.Key<Boolean> EXIST_OK = SCHEMA.key("existOk");
    static final Settings.Key<Storage> STORAGE = SCHEMA.key("storage");

    final Settings settings;

    AbstractProjectOptions(Builder<?> builder) {
        this.settings = builder.settings.build();
        String type = builder.type;
        for (Settings.Key<List<String>> list : List.of(CHROOTS, ADDITIONAL_REPOS, RUNTIME_DEPENDENCIES,
                PACKIT_FORGE_PROJECTS_ALLOWED)) {
            Words.requireNonBlank(type + " " + list.name(), settings.get(list));
        }
        Integer repoPriority = repoPriority();
        if (repoPriority != null && repoPriority < 1) {
            throw new CoprValidationException(type + " repoPriority must be at least 1, was " + repoPriority);
        }
        Arguments.requireSendable(type + " bootstrap", bootstrap());
        Arguments.requireSendable(type + " isolation", isolation());
        Arguments.requireSendable(type + " storage", settings.get(STORAGE));
    }

    /** Project description. */
    public @Nullable String description() {
        return settings.get(DESCRIPTION);
    }

    /** How to install and use the project's packages. */
    public @Nullable String instructions() {
        return settings.get(INSTRUCTIONS);
    }

    /** Homepage URL. */
    public @Nullable String homepage() {
        return settings.get(HOMEPAGE);
    }

    /** Contact e-mail address or URL. */
    public @Nullable String contact() {
        return settings.get(CONTACT);
    }

    /**
     * Repositories (baseurls or {@code copr://owner/project}) added to every build; on {@code edit} an empty
     * list removes them all.
     */
    public @Nullable List<String> additionalRepos() {
        return settings.get(ADDITIONAL_REPOS);
    }

    /** Hide the project from Copr's home page. */
    public @Nullable Boolean unlistedOnHp() {
        return settings.get(UNLISTED_ON_HP);
    }

    /** Give builds network access. */
    public @Nullable Boolean enableNet() {
        return settings.get(ENABLE_NET);
    }

    /** Delete old builds automatically (only Copr admins may turn it off). */
    public @Nullable Boolean autoPrune() {
        return settings.get(AUTO_PRUNE);
    }

    /** Create repository metadata only on demand, not after each build. */
    public @Nullable Boolean develMode() {
        return settings.get(DEVEL_MODE);
    }

    /**
     * Delete the project after this many days (0 to 720); -1 for never, which on {@code edit} cancels a
     * planned deletion.
     */
    public @Nullable Integer deleteAfterDays() {
        return settings.get(DELETE_AFTER_DAYS);
    }

    /** Let 64-bit systems install the 32-bit packages of the repository. */
    public @Nullable Boolean multilib() {
        return settings.get(MULTILIB);
    }

    /** Let the project's packages override packages of active module streams. */
    public @Nullable Boolean moduleHotfixes() {
        return settings.get(MODULE_HOTFIXES);
    }

    /** Mock bootstrap setup: {@link Bootstrap#DEFAULT}, {@code ON}, {@code OFF} or {@code IMAGE}. */
    public @Nullable Bootstrap bootstrap() {
        return settings.get(BOOTSTRAP);
    }

    /** Container image for the bootstrap chroot; python-copr sends it, Copr ignores it. */
    public @Nullable String bootstrapImage() {
        return settings.get(BOOTSTRAP_IMAGE);
    }

    /** Mock isolation setup: {@link Isolation#DEFAULT}, {@code NSPAWN} or {@code SIMPLE}. */
    public @Nullable Isolation isolation() {
        return settings.get(ISOLATION);
    }

    /** Enable the chroots of a newly branched Fedora automatically. */
    public @Nullable Boolean followFedoraBranching() {
        return settings.get(FOLLOW_FEDORA_BRANCHING);
    }

    /** Run {@code fedora-review} on the project's packages. */
    public @Nullable Boolean fedoraReview() {
        return settings.get(FEDORA_REVIEW);
    }

    /** Generate AppStream metadata. */
    public @Nullable Boolean appstream() {
        return settings.get(APPSTREAM);
    }

    /** Repository baseurls that are enabled together with this project's repository. */
    public @Nullable List<String> runtimeDependencies() {
        return settings.get(RUNTIME_DEPENDENCIES);
    }

    /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
    public @Nullable List<String> packitForgeProjectsAllowed() {
        return settings.get(PACKIT_FORGE_PROJECTS_ALLOWED);
    }

    /** Priority of the repository for DNF, at least 1. */
    public @Nullable Integer repoPriority() {
        return settings.get(REPO_PRIORITY);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AbstractProjectOptions that && getClass() == that.getClass()
                && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code ProjectOptions[description=...]}. */
    @Override
    public String toString() {
        return settings.toString(getClass().getSimpleName());
    }

    /**
     * Sets the shared project settings; each method sets one setting, null unsets it.
     *
     * @param <B> the concrete builder, which each method returns
     */
    public abstract static sealed class Builder<B extends Builder<B>>
            permits NewProjectOptions.Builder, ProjectOptions.Builder {

        final Settings.Builder settings;
        private final String type;

        Builder(String type, Settings.Builder settings) {
            this.type = type;
            this.settings = settings;
        }

        /** This builder, as its concrete type. */
        abstract B self();

        /**
         * The options.
         * @throws CoprValidationException when a value is out of Copr's range or unknown
         */
        public abstract AbstractProjectOptions build();

        /** Project description. */
        public B description(@Nullable String description) {
            settings.set(DESCRIPTION, description);
            return self();
        }

        /** How to install and use the project's packages. */
        public B instructions(@Nullable String instructions) {
            settings.set(INSTRUCTIONS, instructions);
            return self();
        }

        /** Homepage URL. */
        public B homepage(@Nullable String homepage) {
            settings.set(HOMEPAGE, homepage);
            return self();
        }

        /** Contact e-mail address or URL. */
        public B contact(@Nullable String contact) {
            settings.set(CONTACT, contact);
            return self();
        }

        /**
         * Repositories (baseurls or {@code copr://owner/project}) added to every build; on {@code edit} an
         * empty list removes them all.
         */
        public B additionalRepos(@Nullable List<String> additionalRepos) {
            settings.setList(ADDITIONAL_REPOS, additionalRepos);
            return self();
        }

        /**
         * Repositories (baseurls or {@code copr://owner/project}) added to every build; on {@code edit} an
         * empty list removes them all.
         */
        public B additionalRepos(String... additionalRepos) {
            return additionalRepos(List.of(additionalRepos));
        }

        /** Hide the project from Copr's home page. */
        public B unlistedOnHp(@Nullable Boolean unlistedOnHp) {
            settings.set(UNLISTED_ON_HP, unlistedOnHp);
            return self();
        }

        /** Give builds network access. */
        public B enableNet(@Nullable Boolean enableNet) {
            settings.set(ENABLE_NET, enableNet);
            return self();
        }

        /** Delete old builds automatically (only Copr admins may turn it off). */
        public B autoPrune(@Nullable Boolean autoPrune) {
            settings.set(AUTO_PRUNE, autoPrune);
            return self();
        }

        /** Create repository metadata only on demand, not after each build. */
        public B develMode(@Nullable Boolean develMode) {
            settings.set(DEVEL_MODE, develMode);
            return self();
        }

        /** Let 64-bit systems install the 32-bit packages of the repository. */
        public B multilib(@Nullable Boolean multilib) {
            settings.set(MULTILIB, multilib);
            return self();
        }

        /** Let the project's packages override packages of active module streams. */
        public B moduleHotfixes(@Nullable Boolean moduleHotfixes) {
            settings.set(MODULE_HOTFIXES, moduleHotfixes);
            return self();
        }

        /** Mock bootstrap setup: {@link Bootstrap#DEFAULT}, {@code ON}, {@code OFF} or {@code IMAGE}. */
        public B bootstrap(@Nullable Bootstrap bootstrap) {
            settings.set(BOOTSTRAP, bootstrap);
            return self();
        }

        /** Container image for the bootstrap chroot; python-copr sends it, Copr ignores it. */
        public B bootstrapImage(@Nullable String bootstrapImage) {
            settings.set(BOOTSTRAP_IMAGE, bootstrapImage);
            return self();
        }

        /** Mock isolation setup: {@link Isolation#DEFAULT}, {@code NSPAWN} or {@code SIMPLE}. */
        public B isolation(@Nullable Isolation isolation) {
            settings.set(ISOLATION, isolation);
            return self();
        }

        /** Enable the chroots of a newly branched Fedora automatically. */
        public B followFedoraBranching(@Nullable Boolean followFedoraBranching) {
            settings.set(FOLLOW_FEDORA_BRANCHING, followFedoraBranching);
            return self();
        }

        /** Run {@code fedora-review} on the project's packages. */
        public B fedoraReview(@Nullable Boolean fedoraReview) {
            settings.set(FEDORA_REVIEW, fedoraReview);
            return self();
        }

        /** Generate AppStream metadata. */
        public B appstream(@Nullable Boolean appstream) {
            settings.set(APPSTREAM, appstream);
            return self();
        }

        /** Repository baseurls that are enabled together with this project's repository. */
        public B runtimeDependencies(@Nullable List<String> runtimeDependencies) {
            settings.setList(RUNTIME_DEPENDENCIES, runtimeDependencies);
            return self();
        }

        /** Repository baseurls that are enabled together with this project's repository. */
        public B runtimeDependencies(String... runtimeDependencies) {
            return runtimeDependencies(List.of(runtimeDependencies));
        }

        /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
        public B packitForgeProjectsAllowed(@Nullable List<String> packitForgeProjectsAllowed) {
            settings.setList(PACKIT_FORGE_PROJECTS_ALLOWED, packitForgeProjectsAllowed);
            return self();
        }

        /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
        public B packitForgeProjectsAllowed(String... packitForgeProjectsAllowed) {
            return packitForgeProjectsAllowed(List.of(packitForgeProjectsAllowed));
        }

        /** Priority of the repository for DNF, at least 1. */
        public B repoPriority(@Nullable Integer repoPriority) {
            settings.set(REPO_PRIORITY, repoPriority);
            return self();
        }

        /**
         * Delete the project after this period, a whole number of days from 0 to 720; null unsets.
         * @throws CoprValidationException when the period is not a whole number of days in that range
         */
        public B deleteAfter(@Nullable Duration period) {
            if (period == null) {
                settings.set(DELETE_AFTER_DAYS, null);
                return self();
            }
            long days = period.toDays();
            if (!period.equals(Duration.ofDays(days)) || days < 0 || days > MAX_DELETE_AFTER_DAYS) {
                throw new CoprValidationException(type + " deleteAfter must be a whole number of days from 0 to "
                        + MAX_DELETE_AFTER_DAYS + ", was " + period);
            }
            settings.set(DELETE_AFTER_DAYS, (int) days);
            return self();
        }

        /** Never delete the project automatically; on {@code edit} this cancels a planned deletion. */
        public B neverDelete() {
            settings.set(DELETE_AFTER_DAYS, -1);
            return self();
        }
    }
}
