package dev.copr.client.internal.proxy;

import dev.copr.client.build.BuildOptions;
import dev.copr.client.chroot.ProjectChrootOptions;
import dev.copr.client.internal.http.WireFields;
import dev.copr.client.pkg.PackageOptions;
import dev.copr.client.project.AbstractProjectOptions;
import dev.copr.client.project.ForkMode;
import dev.copr.client.project.NewProjectOptions;
import dev.copr.client.project.ProjectOptions;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PackageSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The options and sources of the public API in Copr's field names: the one place that knows how
 * they travel, so the public types carry no wire encoding. Unset values are not sent; enums travel
 * as their {@code coprName()}.
 */
final class WireForms {

    private WireForms() {
    }

    /** Build options, merged into the top level of a new build's JSON. */
    static Map<String, Object> of(@Nullable BuildOptions options) {
        if (options == null) {
            return Map.of();
        }
        return WireFields.create()
                .put("chroots", options.chroots())
                .put("exclude_chroots", options.excludeChroots())
                .put("timeout", options.timeout())
                .put("background", options.background())
                .put("bootstrap", options.bootstrap())
                .put("isolation", options.isolation())
                .put("after_build_id", options.afterBuildId())
                .put("with_build_id", options.withBuildId())
                .put("enable_net", options.enableNet())
                .put("packit_forge_project", options.packitForgeProject())
                .put("project_dirname", options.projectDirname())
                .toMap();
    }

    /** Package settings, sent next to the source's fields. */
    static Map<String, Object> of(@Nullable PackageOptions options) {
        if (options == null) {
            return Map.of();
        }
        List<String> denylist = options.chrootDenylist();
        return WireFields.create()
                .put("webhook_rebuild", options.webhookRebuild())
                .put("max_builds", options.maxBuilds())
                .put("timeout", options.timeout())
                .put("chroot_denylist", denylist == null ? null : String.join(",", denylist))
                .toMap();
    }

    /** A source's fields. */
    static Map<String, Object> of(PackageSource source) {
        if (source instanceof ScmSource scm) {
            return WireFields.create()
                    .put("clone_url", scm.cloneUrl())
                    .put("committish", scm.committish())
                    .put("subdirectory", scm.subdirectory())
                    .put("spec", scm.spec())
                    .put("scm_type", scm.scmType())
                    .put("source_build_method", scm.sourceBuildMethod())
                    .toMap();
        }
        if (source instanceof PypiSource pypi) {
            return WireFields.create()
                    .put("pypi_package_name", pypi.pypiPackageName())
                    .put("pypi_package_version", pypi.pypiPackageVersion())
                    .put("spec_generator", pypi.specGenerator())
                    .put("spec_template", pypi.specTemplate())
                    .put("python_versions", pypi.pythonVersions())
                    .toMap();
        }
        if (source instanceof RubygemsSource gem) {
            return Map.of("gem_name", gem.gemName());
        }
        if (source instanceof CustomSource custom) {
            return WireFields.create()
                    .put("script", custom.script())
                    .put("chroot", custom.chroot())
                    .put("builddeps", custom.builddeps())
                    .put("resultdir", custom.resultdir())
                    .put("repos", custom.repos())
                    .toMap();
        }
        DistgitSource distgit = (DistgitSource) source;
        return WireFields.create()
                .put("distgit", distgit.distgit())
                .put("namespace", distgit.namespace())
                .put("committish", distgit.committish())
                .toMap();
    }

    /** The JSON body of project {@code add}: python-copr's keys, only those set. */
    static Map<String, Object> projectAdd(String projectname, List<String> chroots, NewProjectOptions options) {
        return projectCommon(WireFields.create().put("name", projectname).put("chroots", chroots), options)
                .put("additional_repos", options.additionalRepos())
                .put("persistent", options.persistent())
                .put("storage", options.storage())
                .toMap();
    }

    /** The JSON body of project {@code edit}: python-copr's keys, additional repositories as {@code repos}. */
    static Map<String, Object> projectEdit(ProjectOptions options) {
        return projectCommon(WireFields.create().put("chroots", options.chroots()), options)
                .put("repos", options.additionalRepos())
                .toMap();
    }

    /** The JSON body of project {@code fork}: python-copr's keys, the mode as {@code confirm}. */
    static Map<String, Object> projectFork(String dstownername, String dstprojectname, ForkMode mode) {
        return Map.of("name", dstprojectname, "ownername", dstownername, "confirm", mode == ForkMode.CONFIRM_EXISTING);
    }

    private static WireFields projectCommon(WireFields json, AbstractProjectOptions options) {
        return json.put("description", options.description())
                .put("instructions", options.instructions())
                .put("homepage", options.homepage())
                .put("contact", options.contact())
                .put("unlisted_on_hp", options.unlistedOnHp())
                .put("enable_net", options.enableNet())
                .put("auto_prune", options.autoPrune())
                .put("bootstrap", options.bootstrap())
                .put("bootstrap_image", options.bootstrapImage())
                .put("isolation", options.isolation())
                .put("follow_fedora_branching", options.followFedoraBranching())
                .put("devel_mode", options.develMode())
                .put("delete_after_days", options.deleteAfterDays())
                .put("multilib", options.multilib())
                .put("module_hotfixes", options.moduleHotfixes())
                .put("fedora_review", options.fedoraReview())
                .put("appstream", options.appstream())
                .put("runtime_dependencies", options.runtimeDependencies())
                .put("packit_forge_projects_allowed", options.packitForgeProjectsAllowed())
                .put("repo_priority", options.repoPriority());
    }

    /** The JSON part of project chroot {@code edit}. */
    static Map<String, Object> projectChrootEdit(ProjectChrootOptions options) {
        return WireFields.create()
                .put("additional_repos", options.additionalRepos())
                .put("additional_packages", options.additionalPackages())
                .put("additional_modules", options.additionalModules())
                .put("delete_comps", options.deleteComps())
                .put("with_opts", options.withOpts())
                .put("without_opts", options.withoutOpts())
                .put("bootstrap", options.bootstrap())
                .put("bootstrap_image", options.bootstrapImage())
                .put("isolation", options.isolation())
                .put("reset_fields", options.resetFields())
                .toMap();
    }
}
