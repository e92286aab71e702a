package dev.copr.client.build;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;
import dev.copr.client.upload.UploadProgressListener;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Copr builds: python-copr's {@code BuildProxy} ({@code client.build_proxy}); get it from
 * {@code CoprClient.builds()}. The {@code createFrom...} calls take the sources of
 * {@code dev.copr.client.source}, the same ones packages use, and optionally {@link BuildOptions}
 * (python-copr's {@code buildopts}); each has an overload without them.
 *
 * @since 0.1.0
 */
public interface BuildProxy {

    /**
     * One build; python-copr {@code get(build_id)}.
     * @throws dev.copr.client.exception.CoprNoResultException when the build does not exist
     */
    Build get(long buildId);

    /** All builds of a project; see {@link #getList(String, String, BuildFilter, Pagination)}. */
    default Page<Build> getList(String ownername, String projectname) {
        return getList(ownername, projectname, BuildFilter.none(), Pagination.none());
    }

    /** A slice of the builds of a project; see {@link #getList(String, String, BuildFilter, Pagination)}. */
    default Page<Build> getList(String ownername, String projectname, Pagination pagination) {
        return getList(ownername, projectname, BuildFilter.none(), pagination);
    }

    /**
     * The builds of a project, optionally only those of one package or in one state; python-copr
     * {@code get_list(ownername, projectname, packagename, status, pagination)}. With a state, Copr
     * filters after reading the whole list and then applies the limit.
     *
     * @param filter which builds, e.g. {@code BuildFilter.ofPackage("copr-cli")}; {@link BuildFilter#none()} for all
     * @param pagination which slice; null or {@link Pagination#none()} for the whole list
     */
    Page<Build> getList(String ownername, String projectname, BuildFilter filter, @Nullable Pagination pagination);

    /**
     * The source build (SRPM build) of a build: its state and results URL; python-copr {@code
     * get_source_chroot(build_id)}.
     */
    SourceChroot getSourceChroot(long buildId);

    /** What the source build of a build works with; python-copr {@code get_source_build_config(build_id)}. */
    SourceBuildConfig getSourceBuildConfig(long buildId);

    /** The RPMs a build produced, per chroot; python-copr {@code get_built_packages(build_id)}. */
    BuiltPackages getBuiltPackages(long buildId);

    /** Cancels a build and returns it; python-copr {@code cancel(build_id)}. */
    Build cancel(long buildId);

    /** Deletes a build with its results and returns it as it was; python-copr {@code delete(build_id)}. */
    Build delete(long buildId);

    /**
     * Deletes several builds and returns their ids as Copr confirms them; python-copr {@code
     * delete_list(build_ids)}.
     */
    List<Long> deleteList(List<Long> buildIds);

    /**
     * Rebuilds what failed, keeping the original's options; see {@link #rebuildFailed(long, BuildOptions)}.
     */
    default Optional<Build> rebuildFailed(long buildId) {
        return rebuildFailed(buildId, BuildOptions.none());
    }

    /**
     * Submits a new build of the SRPM an ended build produced, in exactly the chroots where it
     * failed; empty, and nothing submitted, when it failed in none. Copr's API has no resubmit call
     * (the web UI's "Resubmit" is not in {@code /api_3}), so this is {@link #createFromUrl} of the
     * build's {@code source_package.url}, the SRPM on the results host: the very sources that failed,
     * whatever their source type (a branch or "latest version" source is not fetched again), in the
     * build's project and directory. Copr's backend prunes source build results after some days ({@code
     * prune_days}, 14 by default); the retry of an older build then fails in its source build, and only
     * submitting the sources again ({@link #getSourceBuildConfig}) helps.
     *
     * <p>Kept from the original: its project directory, timeout, network access and background flag.
     * Not kept, because Copr's API does not show them per build: a bootstrap or isolation override
     * (the project's and chroots' settings apply) and the batch ({@code afterBuildId}, {@code
     * withBuildId}). Chroots that were {@code canceled} are not rebuilt (Copr's resubmit form ticks
     * them too): someone stopped them. A chroot the project no longer has makes Copr refuse the
     * build. Takes four requests (build, its chroots, one chroot's config, the new build), and a fifth
     * for a failed build (its source build).
     *
     * @param options settings that replace the kept ones, e.g. a longer {@code timeout}; must not set
     *                {@code chroots} or {@code excludeChroots}; {@link BuildOptions#none()} to keep all
     * @return the new build, in the failed chroots; empty when no chroot failed
     * @throws CoprValidationException when the build has not ended, when it failed in its source build
     *         (there is no SRPM: submit its sources again), or when {@code options} set chroots
     * @throws dev.copr.client.exception.CoprNoResultException when the build does not exist
     */
    Optional<Build> rebuildFailed(long buildId, BuildOptions options);

    /**
     * Builds each SRPM or spec file URL with the project's settings; see {@link #createFromUrls(String, String,
     * List, BuildOptions)}.
     */
    default List<Build> createFromUrls(String ownername, String projectname, List<String> urls) {
        return createFromUrls(ownername, projectname, urls, null);
    }

    /**
     * Builds each SRPM or spec file URL as its own build; python-copr
     * {@code create_from_urls(ownername, projectname, urls, buildopts, project_dirname)}.
     * @param options null for the project's settings
     * @return one build per URL, in order
     */
    List<Build> createFromUrls(String ownername, String projectname, List<String> urls, @Nullable BuildOptions options);

    /**
     * Builds one SRPM or spec file URL with the project's settings; see {@link #createFromUrl(String, String,
     * String, BuildOptions)}.
     */
    default Build createFromUrl(String ownername, String projectname, String url) {
        return createFromUrl(ownername, projectname, url, null);
    }

    /**
     * Builds one SRPM or spec file URL; python-copr
     * {@code create_from_url(ownername, projectname, url, buildopts, project_dirname)}.
     * @param options null for the project's settings
     * @throws CoprValidationException when {@code url} holds whitespace (several URLs: use {@link #createFromUrls})
     */
    Build createFromUrl(String ownername, String projectname, String url, @Nullable BuildOptions options);

    /**
     * Uploads an SRPM and builds it with the project's settings; see {@link #createFromFile(String, String,
     * Path, BuildOptions, UploadProgressListener)}.
     */
    default Build createFromFile(String ownername, String projectname, Path path) {
        return createFromFile(ownername, projectname, path, null, null);
    }

    /**
     * Uploads an SRPM and builds it, without progress reports; see {@link #createFromFile(String, String, Path,
     * BuildOptions, UploadProgressListener)}.
     */
    default Build createFromFile(String ownername, String projectname, Path path, @Nullable BuildOptions options) {
        return createFromFile(ownername, projectname, path, options, null);
    }

    /**
     * Uploads a local SRPM and builds it; python-copr
     * {@code create_from_file(ownername, projectname, path, buildopts, project_dirname)}. The file is
     * streamed from disk, so its size does not matter for memory; consider {@link #checkBeforeBuild}
     * before uploading a large one.
     *
     * @param options null for the project's settings
     * @param listener told about the upload's progress (python-copr's {@code progress_callback})
     */
    Build createFromFile(String ownername, String projectname, Path path, @Nullable BuildOptions options,
                         @Nullable UploadProgressListener listener);

    /**
     * Asks whether a build with the project's settings may be submitted; see {@link #checkBeforeBuild(String,
     * String, BuildOptions)}.
     */
    default BuildCheck checkBeforeBuild(String ownername, String projectname) {
        return checkBeforeBuild(ownername, projectname, null);
    }

    /**
     * Asks whether a build with these options may be submitted (project and directory exist, you may
     * build there, the chroots are valid) without submitting one; python-copr
     * {@code check_before_build(ownername, projectname, project_dirname, buildopts)}.
     * @param options null for the project's settings
     * @throws dev.copr.client.exception.CoprAuthException when you may not build in the project
     * @throws dev.copr.client.exception.CoprRequestException when the options are not valid, with Copr's reason
     */
    BuildCheck checkBeforeBuild(String ownername, String projectname, @Nullable BuildOptions options);

    /**
     * Builds from a Git or Subversion repository with the project's settings; see {@link #createFromScm(String,
     * String, ScmSource, BuildOptions)}.
     */
    default Build createFromScm(String ownername, String projectname, ScmSource source) {
        return createFromScm(ownername, projectname, source, null);
    }

    /**
     * Builds from a Git or Subversion repository; python-copr {@code create_from_scm(ownername,
     * projectname, clone_url, committish, subdirectory, spec, scm_type, source_build_method, buildopts,
     * project_dirname)}.
     * @param options null for the project's settings
     */
    Build createFromScm(String ownername, String projectname, ScmSource source, @Nullable BuildOptions options);

    /**
     * Builds a package from the Copr instance's default DistGit, default branch; see {@link
     * #createFromDistgit(String, String, String, DistgitSource, BuildOptions)}.
     */
    default Build createFromDistgit(String ownername, String projectname, String packagename) {
        return createFromDistgit(ownername, projectname, packagename, DistgitSource.defaults(), null);
    }

    /**
     * Builds a package from a DistGit instance with the project's settings; see {@link
     * #createFromDistgit(String, String, String, DistgitSource, BuildOptions)}.
     */
    default Build createFromDistgit(String ownername, String projectname, String packagename, DistgitSource source) {
        return createFromDistgit(ownername, projectname, packagename, source, null);
    }

    /**
     * Builds a package from a DistGit instance; python-copr {@code create_from_distgit(ownername,
     * projectname, packagename, committish, namespace, distgit, buildopts, project_dirname)}.
     *
     * @param source instance, namespace and committish; {@link DistgitSource#defaults()} for Copr's default
     * @param options null for the project's settings
     */
    Build createFromDistgit(String ownername, String projectname, String packagename, DistgitSource source,
                            @Nullable BuildOptions options);

    /**
     * Builds a package from PyPI with the project's settings; see {@link #createFromPypi(String, String,
     * PypiSource, BuildOptions)}.
     */
    default Build createFromPypi(String ownername, String projectname, PypiSource source) {
        return createFromPypi(ownername, projectname, source, null);
    }

    /**
     * Builds a package from PyPI; python-copr {@code create_from_pypi(ownername, projectname,
     * pypi_package_name, pypi_package_version, spec_template, python_versions, buildopts, project_dirname,
     * spec_generator)}. Unlike python-copr, Python versions that are not set are not sent (see {@link PypiSource}).
     * @param options null for the project's settings
     */
    Build createFromPypi(String ownername, String projectname, PypiSource source, @Nullable BuildOptions options);

    /**
     * Builds a gem from RubyGems.org with the project's settings; see {@link #createFromRubygems(String, String,
     * RubygemsSource, BuildOptions)}.
     */
    default Build createFromRubygems(String ownername, String projectname, RubygemsSource source) {
        return createFromRubygems(ownername, projectname, source, null);
    }

    /**
     * Builds a gem from RubyGems.org; python-copr {@code create_from_rubygems(ownername, projectname,
     * gem_name, buildopts, project_dirname)}.
     * @param options null for the project's settings
     */
    Build createFromRubygems(String ownername, String projectname, RubygemsSource source,
                             @Nullable BuildOptions options);

    /**
     * Builds from the output of a script with the project's settings; see {@link #createFromCustom(String,
     * String, CustomSource, BuildOptions)}.
     */
    default Build createFromCustom(String ownername, String projectname, CustomSource source) {
        return createFromCustom(ownername, projectname, source, null);
    }

    /**
     * Builds from the output of a script; python-copr {@code create_from_custom(ownername, projectname,
     * script, script_chroot, script_builddeps, script_resultdir, script_repos, buildopts, project_dirname)},
     * whose {@code script_*} arguments are {@link CustomSource}'s fields without the prefix, as on the wire.
     * @param options null for the project's settings
     */
    Build createFromCustom(String ownername, String projectname, CustomSource source, @Nullable BuildOptions options);

    /**
     * Builds of packages that depend on each other, to describe and submit so that Copr builds them in
     * order, one batch per layer of the dependency graph; a chain build that copr-cli does by hand with
     * {@code --after-build-id} and {@code --with-build-id}. See {@link DependencyOrder}.
     */
    default DependencyOrder inDependencyOrder(String ownername, String projectname) {
        return new DependencyOrder(this, ownername, projectname);
    }

    /**
     * A watcher of this client's builds, to configure: it waits until builds end, polling them
     * through this client (each poll bounded by the time the wait has left), observed where this
     * client's requests are, and listening to this client's {@link BuildEndSignals} if it has them;
     * python-copr {@code wait(waitable, interval, callback, timeout)}.
     *
     * <pre>{@code
     * List<Build> ended = copr.builds().watcher().timeout(Duration.ofHours(2)).build().waitFor(build);
     * }</pre>
     */
    BuildWatcher.Builder watcher();
}
