package dev.copr.autoconfigure.ensure;

import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.project.Storage;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Copr projects to bring into their desired state at start-up ({@code copr.ensure.*}). A setting of a
 * project left unset is not compared, and gets Copr's default when the project is created.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "copr.ensure", ignoreUnknownFields = false)
public class CoprEnsureProperties {

    /**
     * Whether to create or edit the projects of copr.ensure.projects at start-up until they match; a
     * failure stops start-up.
     */
    private boolean enabled;

    /**
     * Whether to only log what would change, changing nothing; conflicts are logged, not failed.
     */
    private boolean dryRun;

    /**
     * The projects, each with owner, name, chroots and the settings to compare.
     */
    private List<DesiredProjectProperties> projects = new ArrayList<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public List<DesiredProjectProperties> getProjects() {
        return projects;
    }

    public void setProjects(List<DesiredProjectProperties> projects) {
        this.projects = projects;
    }

    /** One project, as {@code DesiredProject} takes it, with its owner and name. */
    public static class DesiredProjectProperties {

        /**
         * Owner: a user or @group.
         */
        private @Nullable String owner;

        /**
         * Project name.
         */
        private @Nullable String name;

        /**
         * The chroots to enable, and no others, e.g. fedora-rawhide-x86_64; at least one.
         */
        private List<String> chroots = new ArrayList<>();

        /**
         * Project description.
         */
        private @Nullable String description;

        /**
         * How to install and use the project's packages.
         */
        private @Nullable String instructions;

        /**
         * Homepage URL.
         */
        private @Nullable String homepage;

        /**
         * Contact e-mail address or URL.
         */
        private @Nullable String contact;

        /**
         * Repositories (baseurls or copr://owner/project) added to every build, in order.
         */
        private @Nullable List<String> additionalRepos;

        /**
         * Hide the project from Copr's home page.
         */
        private @Nullable Boolean unlistedOnHp;

        /**
         * Give builds network access.
         */
        private @Nullable Boolean enableNet;

        /**
         * Delete old builds automatically (only Copr admins may turn it off).
         */
        private @Nullable Boolean autoPrune;

        /**
         * Create repository metadata only on demand, not after each build.
         */
        private @Nullable Boolean develMode;

        /**
         * Let the project's packages override packages of active module streams.
         */
        private @Nullable Boolean moduleHotfixes;

        /**
         * Mock bootstrap setup: default, on, off or image.
         */
        private @Nullable Bootstrap bootstrap;

        /**
         * Mock isolation setup: default, nspawn or simple.
         */
        private @Nullable Isolation isolation;

        /**
         * Enable the chroots of a newly branched Fedora automatically.
         */
        private @Nullable Boolean followFedoraBranching;

        /**
         * Generate AppStream metadata.
         */
        private @Nullable Boolean appstream;

        /**
         * Forge projects (e.g. github.com/owner/repo) Packit may build from.
         */
        private @Nullable List<String> packitForgeProjectsAllowed;

        /**
         * Priority of the repository for DNF, at least 1.
         */
        private @Nullable Integer repoPriority;

        /**
         * The project and its builds can never be deleted (Copr admins only; taken only at creation).
         */
        private @Nullable Boolean persistent;

        /**
         * Where build results are stored, backend or pulp (Copr admins only; taken only at creation).
         */
        private @Nullable Storage storage;

        public @Nullable String getOwner() {
            return owner;
        }

        public void setOwner(@Nullable String owner) {
            this.owner = owner;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public List<String> getChroots() {
            return chroots;
        }

        public void setChroots(List<String> chroots) {
            this.chroots = chroots;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }

        public @Nullable String getInstructions() {
            return instructions;
        }

        public void setInstructions(@Nullable String instructions) {
            this.instructions = instructions;
        }

        public @Nullable String getHomepage() {
            return homepage;
        }

        public void setHomepage(@Nullable String homepage) {
            this.homepage = homepage;
        }

        public @Nullable String getContact() {
            return contact;
        }

        public void setContact(@Nullable String contact) {
            this.contact = contact;
        }

        public @Nullable List<String> getAdditionalRepos() {
            return additionalRepos;
        }

        public void setAdditionalRepos(@Nullable List<String> additionalRepos) {
            this.additionalRepos = additionalRepos;
        }

        public @Nullable Boolean getUnlistedOnHp() {
            return unlistedOnHp;
        }

        public void setUnlistedOnHp(@Nullable Boolean unlistedOnHp) {
            this.unlistedOnHp = unlistedOnHp;
        }

        public @Nullable Boolean getEnableNet() {
            return enableNet;
        }

        public void setEnableNet(@Nullable Boolean enableNet) {
            this.enableNet = enableNet;
        }

        public @Nullable Boolean getAutoPrune() {
            return autoPrune;
        }

        public void setAutoPrune(@Nullable Boolean autoPrune) {
            this.autoPrune = autoPrune;
        }

        public @Nullable Boolean getDevelMode() {
            return develMode;
        }

        public void setDevelMode(@Nullable Boolean develMode) {
            this.develMode = develMode;
        }

        public @Nullable Boolean getModuleHotfixes() {
            return moduleHotfixes;
        }

        public void setModuleHotfixes(@Nullable Boolean moduleHotfixes) {
            this.moduleHotfixes = moduleHotfixes;
        }

        public @Nullable Bootstrap getBootstrap() {
            return bootstrap;
        }

        public void setBootstrap(@Nullable Bootstrap bootstrap) {
            this.bootstrap = bootstrap;
        }

        public @Nullable Isolation getIsolation() {
            return isolation;
        }

        public void setIsolation(@Nullable Isolation isolation) {
            this.isolation = isolation;
        }

        public @Nullable Boolean getFollowFedoraBranching() {
            return followFedoraBranching;
        }

        public void setFollowFedoraBranching(@Nullable Boolean followFedoraBranching) {
            this.followFedoraBranching = followFedoraBranching;
        }

        public @Nullable Boolean getAppstream() {
            return appstream;
        }

        public void setAppstream(@Nullable Boolean appstream) {
            this.appstream = appstream;
        }

        public @Nullable List<String> getPackitForgeProjectsAllowed() {
            return packitForgeProjectsAllowed;
        }

        public void setPackitForgeProjectsAllowed(@Nullable List<String> packitForgeProjectsAllowed) {
            this.packitForgeProjectsAllowed = packitForgeProjectsAllowed;
        }

        public @Nullable Integer getRepoPriority() {
            return repoPriority;
        }

        public void setRepoPriority(@Nullable Integer repoPriority) {
            this.repoPriority = repoPriority;
        }

        public @Nullable Boolean getPersistent() {
            return persistent;
        }

        public void setPersistent(@Nullable Boolean persistent) {
            this.persistent = persistent;
        }

        public @Nullable Storage getStorage() {
            return storage;
        }

        public void setStorage(@Nullable Storage storage) {
            this.storage = storage;
        }
    }
}
