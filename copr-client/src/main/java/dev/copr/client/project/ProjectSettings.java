package dev.copr.client.project;

import dev.copr.client.CoprValidationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional settings of {@link ProjectProxy#add} and {@link ProjectProxy#edit}, python-copr's
 * keyword arguments of {@code add()} and {@code edit()}. Build one with {@link #builder()}; a
 * setting left null is not sent.
 *
 * <p>On {@code add}, Copr then applies its own default, and those defaults are exactly the values
 * python-copr's {@code add()} sends when its caller leaves them out: {@code unlisted_on_hp},
 * {@code enable_net}, {@code persistent}, {@code devel_mode}, {@code multilib},
 * {@code module_hotfixes}, {@code fedora_review} and {@code appstream} false; {@code auto_prune}
 * and {@code follow_fedora_branching} true; bootstrap and isolation {@code default}; no deletion
 * date, repository priority or extra repositories; the instance's default storage. So a project
 * added with {@link #none()} is the same as one python-copr adds with its defaults. On
 * {@code edit}, a null setting leaves the project's value unchanged.
 *
 * <p>{@code persistent}, {@code storage} and {@code existOk} are only for {@code add};
 * {@code chroots} only for {@code edit} ({@code add} takes its chroots as an argument).
 *
 * @param chroots for {@code edit}: the complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}
 * @param description project description
 * @param instructions how to install and use the project's packages
 * @param homepage homepage URL
 * @param contact contact e-mail address or URL
 * @param additionalRepos repositories (baseurls or {@code copr://owner/project}) added to every build;
 *                        on {@code edit} an empty list removes them all
 * @param unlistedOnHp hide the project from Copr's home page
 * @param enableNet give builds network access
 * @param persistent for {@code add}: the project and its builds can never be deleted (Copr admins only)
 * @param autoPrune delete old builds automatically (only Copr admins may turn it off)
 * @param develMode create repository metadata only on demand, not after each build
 * @param deleteAfterDays delete the project after this many days (0 to 720); -1 for never, which on
 *                        {@code edit} cancels a planned deletion
 * @param multilib let 64-bit systems install the 32-bit packages of the repository
 * @param moduleHotfixes let the project's packages override packages of active module streams
 * @param bootstrap Mock bootstrap setup
 * @param bootstrapImage container image for the bootstrap chroot; python-copr sends it, Copr ignores it
 * @param isolation Mock isolation setup
 * @param followFedoraBranching enable the chroots of a newly branched Fedora automatically
 * @param fedoraReview run {@code fedora-review} on the project's packages
 * @param appstream generate AppStream metadata
 * @param runtimeDependencies repository baseurls that are enabled together with this project's repository
 * @param packitForgeProjectsAllowed forge projects (e.g. {@code github.com/owner/repo}) Packit may build from
 * @param repoPriority priority of the repository for DNF, at least 1
 * @param existOk for {@code add}: answer with the existing project instead of an error when it already
 *                exists (its settings are then not changed)
 * @param storage for {@code add}: where build results are stored (Copr admins only)
 */
public record ProjectSettings(List<String> chroots, String description, String instructions, String homepage,
                              String contact, List<String> additionalRepos, Boolean unlistedOnHp,
                              Boolean enableNet, Boolean persistent, Boolean autoPrune, Boolean develMode,
                              Integer deleteAfterDays, Boolean multilib, Boolean moduleHotfixes,
                              Bootstrap bootstrap, String bootstrapImage, Isolation isolation,
                              Boolean followFedoraBranching, Boolean fedoraReview, Boolean appstream,
                              List<String> runtimeDependencies, List<String> packitForgeProjectsAllowed,
                              Integer repoPriority, Boolean existOk, Storage storage) {

    private static final int MAX_DELETE_AFTER_DAYS = 720;
    private static final ProjectSettings NONE = builder().build();

    /** @throws CoprValidationException when a value is out of Copr's range or unknown */
    public ProjectSettings {
        chroots = copyOf("chroots", chroots);
        additionalRepos = copyOf("additionalRepos", additionalRepos);
        runtimeDependencies = copyOf("runtimeDependencies", runtimeDependencies);
        packitForgeProjectsAllowed = copyOf("packitForgeProjectsAllowed", packitForgeProjectsAllowed);
        if (deleteAfterDays != null && (deleteAfterDays < -1 || deleteAfterDays > MAX_DELETE_AFTER_DAYS)) {
            throw new CoprValidationException("deleteAfterDays must be 0 to " + MAX_DELETE_AFTER_DAYS
                    + " days, or -1 for never, was " + deleteAfterDays);
        }
        if (repoPriority != null && repoPriority < 1) {
            throw new CoprValidationException("repoPriority must be at least 1, was " + repoPriority);
        }
        if (bootstrap == Bootstrap.UNKNOWN || isolation == Isolation.UNKNOWN || storage == Storage.UNKNOWN) {
            throw new CoprValidationException("bootstrap, isolation and storage cannot be UNKNOWN:"
                    + " that value only stands for an answer this client does not know");
        }
    }

    /** No settings: Copr's defaults on {@code add}, no change on {@code edit}. */
    public static ProjectSettings none() {
        return NONE;
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** The JSON body of {@code add}: python-copr's keys, only those set. */
    Map<String, Object> addJson(String projectname, List<String> addChroots) {
        if (chroots != null) {
            throw new CoprValidationException("settings.chroots is only for edit: pass the chroots as add's"
                    + " chroots argument");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", projectname);
        json.put("chroots", addChroots);
        putCommon(json);
        put(json, "additional_repos", additionalRepos);
        put(json, "persistent", persistent);
        put(json, "storage", storage);
        return json;
    }

    /** The JSON body of {@code edit}: python-copr's keys, additional repositories as {@code repos}. */
    Map<String, Object> editJson() {
        if (persistent != null || storage != null || existOk != null) {
            throw new CoprValidationException("persistent, storage and existOk can only be set by add,"
                    + " not changed by edit");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "chroots", chroots);
        putCommon(json);
        put(json, "repos", additionalRepos);
        return json;
    }

    private void putCommon(Map<String, Object> json) {
        put(json, "description", description);
        put(json, "instructions", instructions);
        put(json, "homepage", homepage);
        put(json, "contact", contact);
        put(json, "unlisted_on_hp", unlistedOnHp);
        put(json, "enable_net", enableNet);
        put(json, "auto_prune", autoPrune);
        put(json, "bootstrap", bootstrap);
        put(json, "bootstrap_image", bootstrapImage);
        put(json, "isolation", isolation);
        put(json, "follow_fedora_branching", followFedoraBranching);
        put(json, "devel_mode", develMode);
        put(json, "delete_after_days", deleteAfterDays);
        put(json, "multilib", multilib);
        put(json, "module_hotfixes", moduleHotfixes);
        put(json, "fedora_review", fedoraReview);
        put(json, "appstream", appstream);
        put(json, "runtime_dependencies", runtimeDependencies);
        put(json, "packit_forge_projects_allowed", packitForgeProjectsAllowed);
        put(json, "repo_priority", repoPriority);
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    private static List<String> copyOf(String name, List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.stream().anyMatch(value -> value == null || value.isBlank())) {
            throw new CoprValidationException(name + " must not contain null or blank entries, was " + values);
        }
        return List.copyOf(values);
    }

    /** Builds {@link ProjectSettings}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private List<String> chroots;
        private String description;
        private String instructions;
        private String homepage;
        private String contact;
        private List<String> additionalRepos;
        private Boolean unlistedOnHp;
        private Boolean enableNet;
        private Boolean persistent;
        private Boolean autoPrune;
        private Boolean develMode;
        private Integer deleteAfterDays;
        private Boolean multilib;
        private Boolean moduleHotfixes;
        private Bootstrap bootstrap;
        private String bootstrapImage;
        private Isolation isolation;
        private Boolean followFedoraBranching;
        private Boolean fedoraReview;
        private Boolean appstream;
        private List<String> runtimeDependencies;
        private List<String> packitForgeProjectsAllowed;
        private Integer repoPriority;
        private Boolean existOk;
        private Storage storage;

        private Builder() {
        }

        /** For {@code edit}: the complete new set of enabled chroots. */
        public Builder chroots(List<String> chroots) {
            this.chroots = chroots == null ? null : new ArrayList<>(chroots);
            return this;
        }

        /** Project description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** How to install and use the project's packages. */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /** Homepage URL. */
        public Builder homepage(String homepage) {
            this.homepage = homepage;
            return this;
        }

        /** Contact e-mail address or URL. */
        public Builder contact(String contact) {
            this.contact = contact;
            return this;
        }

        /** Repositories added to every build; on {@code edit} an empty list removes them all. */
        public Builder additionalRepos(List<String> additionalRepos) {
            this.additionalRepos = additionalRepos == null ? null : new ArrayList<>(additionalRepos);
            return this;
        }

        /** Hide the project from Copr's home page. */
        public Builder unlistedOnHp(Boolean unlistedOnHp) {
            this.unlistedOnHp = unlistedOnHp;
            return this;
        }

        /** Give builds network access. */
        public Builder enableNet(Boolean enableNet) {
            this.enableNet = enableNet;
            return this;
        }

        /** For {@code add}: make the project and its builds undeletable (Copr admins only). */
        public Builder persistent(Boolean persistent) {
            this.persistent = persistent;
            return this;
        }

        /** Delete old builds automatically (only Copr admins may turn it off). */
        public Builder autoPrune(Boolean autoPrune) {
            this.autoPrune = autoPrune;
            return this;
        }

        /** Create repository metadata only on demand. */
        public Builder develMode(Boolean develMode) {
            this.develMode = develMode;
            return this;
        }

        /**
         * Delete the project after this period, a whole number of days from 0 to 720; null unsets.
         * @throws CoprValidationException when the period is not a whole number of days in that range
         */
        public Builder deleteAfter(Duration period) {
            if (period == null) {
                this.deleteAfterDays = null;
                return this;
            }
            long days = period.toDays();
            if (!period.equals(Duration.ofDays(days)) || days < 0 || days > MAX_DELETE_AFTER_DAYS) {
                throw new CoprValidationException("deleteAfter must be a whole number of days from 0 to "
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

        /** Let 64-bit systems install the 32-bit packages of the repository. */
        public Builder multilib(Boolean multilib) {
            this.multilib = multilib;
            return this;
        }

        /** Let the project's packages override packages of active module streams. */
        public Builder moduleHotfixes(Boolean moduleHotfixes) {
            this.moduleHotfixes = moduleHotfixes;
            return this;
        }

        /** Mock bootstrap setup. */
        public Builder bootstrap(Bootstrap bootstrap) {
            this.bootstrap = bootstrap;
            return this;
        }

        /** Container image for the bootstrap chroot; sent as python-copr does, ignored by Copr. */
        public Builder bootstrapImage(String bootstrapImage) {
            this.bootstrapImage = bootstrapImage;
            return this;
        }

        /** Mock isolation setup. */
        public Builder isolation(Isolation isolation) {
            this.isolation = isolation;
            return this;
        }

        /** Enable the chroots of a newly branched Fedora automatically. */
        public Builder followFedoraBranching(Boolean followFedoraBranching) {
            this.followFedoraBranching = followFedoraBranching;
            return this;
        }

        /** Run {@code fedora-review} on the project's packages. */
        public Builder fedoraReview(Boolean fedoraReview) {
            this.fedoraReview = fedoraReview;
            return this;
        }

        /** Generate AppStream metadata. */
        public Builder appstream(Boolean appstream) {
            this.appstream = appstream;
            return this;
        }

        /** Repository baseurls enabled together with this project's repository. */
        public Builder runtimeDependencies(List<String> runtimeDependencies) {
            this.runtimeDependencies = runtimeDependencies == null ? null : new ArrayList<>(runtimeDependencies);
            return this;
        }

        /** Forge projects (e.g. {@code github.com/owner/repo}) Packit may build from. */
        public Builder packitForgeProjectsAllowed(List<String> packitForgeProjectsAllowed) {
            this.packitForgeProjectsAllowed = packitForgeProjectsAllowed == null ? null
                    : new ArrayList<>(packitForgeProjectsAllowed);
            return this;
        }

        /** Priority of the repository for DNF, at least 1. */
        public Builder repoPriority(Integer repoPriority) {
            this.repoPriority = repoPriority;
            return this;
        }

        /** For {@code add}: answer with the existing project instead of failing when it exists. */
        public Builder existOk(Boolean existOk) {
            this.existOk = existOk;
            return this;
        }

        /** For {@code add}: where build results are stored (Copr admins only). */
        public Builder storage(Storage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * The settings.
         * @throws CoprValidationException when a value is out of Copr's range or unknown
         */
        public ProjectSettings build() {
            return new ProjectSettings(chroots, description, instructions, homepage, contact, additionalRepos,
                    unlistedOnHp, enableNet, persistent, autoPrune, develMode, deleteAfterDays, multilib,
                    moduleHotfixes, bootstrap, bootstrapImage, isolation, followFedoraBranching, fedoraReview,
                    appstream, runtimeDependencies, packitForgeProjectsAllowed, repoPriority, existOk, storage);
        }
    }
}
