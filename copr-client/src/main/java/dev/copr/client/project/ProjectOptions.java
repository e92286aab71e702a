package dev.copr.client.project;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ValueText;
import dev.copr.client.internal.Words;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional settings of {@link ProjectProxy#add} and {@link ProjectProxy#edit}, python-copr's
 * keyword arguments of {@code add()} and {@code edit()}. A setting left unset is not sent.
 *
 * <p>On {@code add}, Copr then applies its own default, and those defaults are exactly the values
 * python-copr's {@code add()} sends when its caller leaves them out: {@code unlisted_on_hp},
 * {@code enable_net}, {@code persistent}, {@code devel_mode}, {@code multilib},
 * {@code module_hotfixes}, {@code fedora_review} and {@code appstream} false; {@code auto_prune}
 * and {@code follow_fedora_branching} true; bootstrap and isolation {@code default}; no deletion
 * date, repository priority or extra repositories; the instance's default storage. So a project
 * added with {@link #none()} is the same as one python-copr adds with its defaults. On
 * {@code edit}, an unset setting leaves the project's value unchanged.
 *
 * <p>{@code persistent}, {@code storage} and {@code existOk} are only for {@code add};
 * {@code chroots} only for {@code edit} ({@code add} takes its chroots as an argument).
 *
 * <pre>{@code
 * ProjectOptions.builder().description("Nightly builds").enableNet(true).deleteAfter(Duration.ofDays(30)).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProjectOptions {

    private static final int MAX_DELETE_AFTER_DAYS = 720;
    private static final ProjectOptions NONE = builder().build();

    private static final String[] NAMES = {
            "chroots", "description", "instructions", "homepage", "contact", "additionalRepos", "unlistedOnHp",
            "enableNet", "persistent", "autoPrune", "develMode", "deleteAfterDays", "multilib", "moduleHotfixes",
            "bootstrap", "bootstrapImage", "isolation", "followFedoraBranching", "fedoraReview", "appstream",
            "runtimeDependencies", "packitForgeProjectsAllowed", "repoPriority", "existOk", "storage"};

    private final @Nullable List<String> chroots;
    private final @Nullable String description;
    private final @Nullable String instructions;
    private final @Nullable String homepage;
    private final @Nullable String contact;
    private final @Nullable List<String> additionalRepos;
    private final @Nullable Boolean unlistedOnHp;
    private final @Nullable Boolean enableNet;
    private final @Nullable Boolean persistent;
    private final @Nullable Boolean autoPrune;
    private final @Nullable Boolean develMode;
    private final @Nullable Integer deleteAfterDays;
    private final @Nullable Boolean multilib;
    private final @Nullable Boolean moduleHotfixes;
    private final @Nullable Bootstrap bootstrap;
    private final @Nullable String bootstrapImage;
    private final @Nullable Isolation isolation;
    private final @Nullable Boolean followFedoraBranching;
    private final @Nullable Boolean fedoraReview;
    private final @Nullable Boolean appstream;
    private final @Nullable List<String> runtimeDependencies;
    private final @Nullable List<String> packitForgeProjectsAllowed;
    private final @Nullable Integer repoPriority;
    private final @Nullable Boolean existOk;
    private final @Nullable Storage storage;

    private ProjectOptions(Builder builder) {
        this.chroots = Words.nonBlank("ProjectOptions chroots", builder.chroots);
        this.description = builder.description;
        this.instructions = builder.instructions;
        this.homepage = builder.homepage;
        this.contact = builder.contact;
        this.additionalRepos = Words.nonBlank("ProjectOptions additionalRepos", builder.additionalRepos);
        this.unlistedOnHp = builder.unlistedOnHp;
        this.enableNet = builder.enableNet;
        this.persistent = builder.persistent;
        this.autoPrune = builder.autoPrune;
        this.develMode = builder.develMode;
        this.deleteAfterDays = builder.deleteAfterDays;
        this.multilib = builder.multilib;
        this.moduleHotfixes = builder.moduleHotfixes;
        this.bootstrap = builder.bootstrap;
        this.bootstrapImage = builder.bootstrapImage;
        this.isolation = builder.isolation;
        this.followFedoraBranching = builder.followFedoraBranching;
        this.fedoraReview = builder.fedoraReview;
        this.appstream = builder.appstream;
        this.runtimeDependencies = Words.nonBlank("ProjectOptions runtimeDependencies", builder.runtimeDependencies);
        this.packitForgeProjectsAllowed = Words.nonBlank("ProjectOptions packitForgeProjectsAllowed",
                builder.packitForgeProjectsAllowed);
        this.repoPriority = builder.repoPriority;
        this.existOk = builder.existOk;
        this.storage = builder.storage;
        if (repoPriority != null && repoPriority < 1) {
            throw new CoprValidationException("ProjectOptions repoPriority must be at least 1, was " + repoPriority);
        }
        Arguments.requireSendable("ProjectOptions bootstrap", bootstrap);
        Arguments.requireSendable("ProjectOptions isolation", isolation);
        Arguments.requireSendable("ProjectOptions storage", storage);
    }

    /** No settings: Copr's defaults on {@code add}, no change on {@code edit}. */
    public static ProjectOptions none() {
        return NONE;
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** For {@code edit}: the complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}. */
    public @Nullable List<String> chroots() {
        return chroots;
    }

    /** Project description. */
    public @Nullable String description() {
        return description;
    }

    /** How to install and use the project's packages. */
    public @Nullable String instructions() {
        return instructions;
    }

    /** Homepage URL. */
    public @Nullable String homepage() {
        return homepage;
    }

    /** Contact e-mail address or URL. */
    public @Nullable String contact() {
        return contact;
    }

    /**
     * Repositories (baseurls or {@code copr://owner/project}) added to every build; on {@code edit} an empty
     * list removes them all.
     */
    public @Nullable List<String> additionalRepos() {
        return additionalRepos;
    }

    /** Hide the project from Copr's home page. */
    public @Nullable Boolean unlistedOnHp() {
        return unlistedOnHp;
    }

    /** Give builds network access. */
    public @Nullable Boolean enableNet() {
        return enableNet;
    }

    /** For {@code add}: the project and its builds can never be deleted (Copr admins only). */
    public @Nullable Boolean persistent() {
        return persistent;
    }

    /** Delete old builds automatically (only Copr admins may turn it off). */
    public @Nullable Boolean autoPrune() {
        return autoPrune;
    }

    /** Create repository metadata only on demand, not after each build. */
    public @Nullable Boolean develMode() {
        return develMode;
    }

    /**
     * Delete the project after this many days (0 to 720); -1 for never, which on {@code edit} cancels a
     * planned deletion.
     */
    public @Nullable Integer deleteAfterDays() {
        return deleteAfterDays;
    }

    /** Let 64-bit systems install the 32-bit packages of the repository. */
    public @Nullable Boolean multilib() {
        return multilib;
    }

    /** Let the project's packages override packages of active module streams. */
    public @Nullable Boolean moduleHotfixes() {
        return moduleHotfixes;
    }

    /** Mock bootstrap setup: {@link Bootstrap#DEFAULT}, {@code ON}, {@code OFF} or {@code IMAGE}. */
    public @Nullable Bootstrap bootstrap() {
        return bootstrap;
    }

    /** Container image for the bootstrap chroot; python-copr sends it, Copr ignores it. */
    public @Nullable String bootstrapImage() {
        return bootstrapImage;
    }

    /** Mock isolation setup: {@link Isolation#DEFAULT}, {@code NSPAWN} or {@code SIMPLE}. */
    public @Nullable Isolation isolation() {
        return isolation;
    }

    /** Enable the chroots of a newly branched Fedora automatically. */
    public @Nullable Boolean followFedoraBranching() {
        return followFedoraBranching;
    }

    /** Run {@code fedora-review} on the project's packages. */
    public @Nullable Boolean fedoraReview() {
        return fedoraReview;
    }

    /** Generate AppStream metadata. */
    public @Nullable Boolean appstream() {
        return appstream;
    }

    /** Repository baseurls that are enabled together with this project's repository. */
    public @Nullable List<String> runtimeDependencies() {
        return runtimeDependencies;
    }

    /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
    public @Nullable List<String> packitForgeProjectsAllowed() {
        return packitForgeProjectsAllowed;
    }

    /** Priority of the repository for DNF, at least 1. */
    public @Nullable Integer repoPriority() {
        return repoPriority;
    }

    /**
     * For {@code add}: answer with the existing project instead of an error when it already exists (its
     * settings are then not changed).
     */
    public @Nullable Boolean existOk() {
        return existOk;
    }

    /** For {@code add}: where build results are stored (Copr admins only). */
    public @Nullable Storage storage() {
        return storage;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProjectOptions that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code ProjectOptions[chroots=...]}. */
    @Override
    public String toString() {
        return ValueText.of("ProjectOptions", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {chroots, description, instructions, homepage, contact, additionalRepos,
                unlistedOnHp, enableNet, persistent, autoPrune, develMode, deleteAfterDays, multilib, moduleHotfixes,
                bootstrap, bootstrapImage, isolation, followFedoraBranching, fedoraReview, appstream,
                runtimeDependencies, packitForgeProjectsAllowed, repoPriority, existOk, storage};
    }

    /** Builds {@link ProjectOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private @Nullable List<String> chroots;
        private @Nullable String description;
        private @Nullable String instructions;
        private @Nullable String homepage;
        private @Nullable String contact;
        private @Nullable List<String> additionalRepos;
        private @Nullable Boolean unlistedOnHp;
        private @Nullable Boolean enableNet;
        private @Nullable Boolean persistent;
        private @Nullable Boolean autoPrune;
        private @Nullable Boolean develMode;
        private @Nullable Integer deleteAfterDays;
        private @Nullable Boolean multilib;
        private @Nullable Boolean moduleHotfixes;
        private @Nullable Bootstrap bootstrap;
        private @Nullable String bootstrapImage;
        private @Nullable Isolation isolation;
        private @Nullable Boolean followFedoraBranching;
        private @Nullable Boolean fedoraReview;
        private @Nullable Boolean appstream;
        private @Nullable List<String> runtimeDependencies;
        private @Nullable List<String> packitForgeProjectsAllowed;
        private @Nullable Integer repoPriority;
        private @Nullable Boolean existOk;
        private @Nullable Storage storage;

        private Builder() {
        }

        private Builder(ProjectOptions from) {
            this.chroots = from.chroots;
            this.description = from.description;
            this.instructions = from.instructions;
            this.homepage = from.homepage;
            this.contact = from.contact;
            this.additionalRepos = from.additionalRepos;
            this.unlistedOnHp = from.unlistedOnHp;
            this.enableNet = from.enableNet;
            this.persistent = from.persistent;
            this.autoPrune = from.autoPrune;
            this.develMode = from.develMode;
            this.deleteAfterDays = from.deleteAfterDays;
            this.multilib = from.multilib;
            this.moduleHotfixes = from.moduleHotfixes;
            this.bootstrap = from.bootstrap;
            this.bootstrapImage = from.bootstrapImage;
            this.isolation = from.isolation;
            this.followFedoraBranching = from.followFedoraBranching;
            this.fedoraReview = from.fedoraReview;
            this.appstream = from.appstream;
            this.runtimeDependencies = from.runtimeDependencies;
            this.packitForgeProjectsAllowed = from.packitForgeProjectsAllowed;
            this.repoPriority = from.repoPriority;
            this.existOk = from.existOk;
            this.storage = from.storage;
        }

        /** For {@code edit}: the complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}. */
        public Builder chroots(@Nullable List<String> chroots) {
            this.chroots = chroots == null ? null : new ArrayList<>(chroots);
            return this;
        }

        /** For {@code edit}: the complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}. */
        public Builder chroots(String... chroots) {
            return chroots(List.of(chroots));
        }

        /** Project description. */
        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        /** How to install and use the project's packages. */
        public Builder instructions(@Nullable String instructions) {
            this.instructions = instructions;
            return this;
        }

        /** Homepage URL. */
        public Builder homepage(@Nullable String homepage) {
            this.homepage = homepage;
            return this;
        }

        /** Contact e-mail address or URL. */
        public Builder contact(@Nullable String contact) {
            this.contact = contact;
            return this;
        }

        /**
         * Repositories (baseurls or {@code copr://owner/project}) added to every build; on {@code edit} an
         * empty list removes them all.
         */
        public Builder additionalRepos(@Nullable List<String> additionalRepos) {
            this.additionalRepos = additionalRepos == null ? null : new ArrayList<>(additionalRepos);
            return this;
        }

        /**
         * Repositories (baseurls or {@code copr://owner/project}) added to every build; on {@code edit} an
         * empty list removes them all.
         */
        public Builder additionalRepos(String... additionalRepos) {
            return additionalRepos(List.of(additionalRepos));
        }

        /** Hide the project from Copr's home page. */
        public Builder unlistedOnHp(@Nullable Boolean unlistedOnHp) {
            this.unlistedOnHp = unlistedOnHp;
            return this;
        }

        /** Give builds network access. */
        public Builder enableNet(@Nullable Boolean enableNet) {
            this.enableNet = enableNet;
            return this;
        }

        /** For {@code add}: the project and its builds can never be deleted (Copr admins only). */
        public Builder persistent(@Nullable Boolean persistent) {
            this.persistent = persistent;
            return this;
        }

        /** Delete old builds automatically (only Copr admins may turn it off). */
        public Builder autoPrune(@Nullable Boolean autoPrune) {
            this.autoPrune = autoPrune;
            return this;
        }

        /** Create repository metadata only on demand, not after each build. */
        public Builder develMode(@Nullable Boolean develMode) {
            this.develMode = develMode;
            return this;
        }

        /** Let 64-bit systems install the 32-bit packages of the repository. */
        public Builder multilib(@Nullable Boolean multilib) {
            this.multilib = multilib;
            return this;
        }

        /** Let the project's packages override packages of active module streams. */
        public Builder moduleHotfixes(@Nullable Boolean moduleHotfixes) {
            this.moduleHotfixes = moduleHotfixes;
            return this;
        }

        /** Mock bootstrap setup: {@link Bootstrap#DEFAULT}, {@code ON}, {@code OFF} or {@code IMAGE}. */
        public Builder bootstrap(@Nullable Bootstrap bootstrap) {
            this.bootstrap = bootstrap;
            return this;
        }

        /** Container image for the bootstrap chroot; python-copr sends it, Copr ignores it. */
        public Builder bootstrapImage(@Nullable String bootstrapImage) {
            this.bootstrapImage = bootstrapImage;
            return this;
        }

        /** Mock isolation setup: {@link Isolation#DEFAULT}, {@code NSPAWN} or {@code SIMPLE}. */
        public Builder isolation(@Nullable Isolation isolation) {
            this.isolation = isolation;
            return this;
        }

        /** Enable the chroots of a newly branched Fedora automatically. */
        public Builder followFedoraBranching(@Nullable Boolean followFedoraBranching) {
            this.followFedoraBranching = followFedoraBranching;
            return this;
        }

        /** Run {@code fedora-review} on the project's packages. */
        public Builder fedoraReview(@Nullable Boolean fedoraReview) {
            this.fedoraReview = fedoraReview;
            return this;
        }

        /** Generate AppStream metadata. */
        public Builder appstream(@Nullable Boolean appstream) {
            this.appstream = appstream;
            return this;
        }

        /** Repository baseurls that are enabled together with this project's repository. */
        public Builder runtimeDependencies(@Nullable List<String> runtimeDependencies) {
            this.runtimeDependencies = runtimeDependencies == null ? null : new ArrayList<>(runtimeDependencies);
            return this;
        }

        /** Repository baseurls that are enabled together with this project's repository. */
        public Builder runtimeDependencies(String... runtimeDependencies) {
            return runtimeDependencies(List.of(runtimeDependencies));
        }

        /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
        public Builder packitForgeProjectsAllowed(@Nullable List<String> packitForgeProjectsAllowed) {
            this.packitForgeProjectsAllowed = packitForgeProjectsAllowed == null ? null
                    : new ArrayList<>(packitForgeProjectsAllowed);
            return this;
        }

        /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
        public Builder packitForgeProjectsAllowed(String... packitForgeProjectsAllowed) {
            return packitForgeProjectsAllowed(List.of(packitForgeProjectsAllowed));
        }

        /** Priority of the repository for DNF, at least 1. */
        public Builder repoPriority(@Nullable Integer repoPriority) {
            this.repoPriority = repoPriority;
            return this;
        }

        /**
         * For {@code add}: answer with the existing project instead of an error when it already exists (its
         * settings are then not changed).
         */
        public Builder existOk(@Nullable Boolean existOk) {
            this.existOk = existOk;
            return this;
        }

        /** For {@code add}: where build results are stored (Copr admins only). */
        public Builder storage(@Nullable Storage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * Delete the project after this period, a whole number of days from 0 to 720; null unsets.
         * @throws CoprValidationException when the period is not a whole number of days in that range
         */
        public Builder deleteAfter(@Nullable Duration period) {
            if (period == null) {
                this.deleteAfterDays = null;
                return this;
            }
            long days = period.toDays();
            if (!period.equals(Duration.ofDays(days)) || days < 0 || days > MAX_DELETE_AFTER_DAYS) {
                throw new CoprValidationException("ProjectOptions deleteAfter must be a whole number of days from 0 to "
                        + MAX_DELETE_AFTER_DAYS + ", was " + period);
            }
            this.deleteAfterDays = (int) days;
            return this;
        }

        /** Never delete the project automatically; on {@code edit} this cancels a planned deletion. */
        public Builder neverDelete() {
            this.deleteAfterDays = -1;
            return this;
        }

        /**
         * The ProjectOptions.
         * @throws CoprValidationException when a value is out of Copr's range or unknown
         */
        public ProjectOptions build() {
            return new ProjectOptions(this);
        }
    }
}
