package dev.copr.client.build;

import dev.copr.client.ApiLists;
import dev.copr.client.Arguments;
import dev.copr.client.CoprValidationException;
import dev.copr.client.UploadProgressListener;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;
import dev.copr.client.http.FilePart;
import dev.copr.client.http.WireFields;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.pkg.CustomSource;
import dev.copr.client.pkg.DistgitSource;
import dev.copr.client.pkg.PypiSource;
import dev.copr.client.pkg.RubygemsSource;
import dev.copr.client.pkg.ScmSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;

/**
 * Copr builds: python-copr's {@code BuildProxy} ({@code client.build_proxy}). The
 * {@code createFrom...} calls take the source records of {@code dev.copr.client.pkg}, the same ones
 * packages use, and {@link BuildOptions} (null for none).
 */
public final class BuildProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient.builds()}. */
    public BuildProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * One build; python-copr {@code get(build_id)}.
     * @throws dev.copr.client.CoprNoResultException when the build does not exist
     */
    public Build get(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get", "/build/{build_id}", buildId), Build.class);
    }

    /** {@link #get(long)} within {@code timeLimit}, retries included: a watch's poll never outlives the watch. */
    Build get(long buildId, Duration timeLimit) {
        return transport.execute(CoprRequest.get("build.get", "/build/{build_id}", buildId).withTimeLimit(timeLimit),
                Build.class);
    }

    /**
     * The builds of a project, optionally only those of one package and in one state; python-copr
     * {@code get_list(ownername, projectname, packagename, status, pagination)}. With a state, Copr
     * filters after reading the whole list and then applies the limit.
     *
     * @param packagename only builds of this package; null for all
     * @param status only builds in this state; null for all
     * @param pagination which slice; null for the whole list
     */
    public Page<Build> getList(String ownername, String projectname, String packagename, BuildState status,
                               Pagination pagination) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        if (packagename != null) {
            Arguments.requireName("packagename", packagename);
        }
        CoprRequest request = CoprRequest.get("build.get_list", "/build/list")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("packagename", packagename)
                .withQuery("status", status == null ? null : status.coprName());
        return transport.executePage(request, pagination == null ? Pagination.none() : pagination, Build.class);
    }

    /** The source build (SRPM build) of a build: its state and results URL; python-copr {@code get_source_chroot(build_id)}. */
    public SourceChroot getSourceChroot(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get_source_chroot", "/build/source-chroot/{build_id}", buildId),
                SourceChroot.class);
    }

    /** What the source build of a build works with; python-copr {@code get_source_build_config(build_id)}. */
    public SourceBuildConfig getSourceBuildConfig(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get_source_build_config",
                "/build/source-build-config/{build_id}", buildId), SourceBuildConfig.class);
    }

    /** The RPMs a build produced, per chroot; python-copr {@code get_built_packages(build_id)}. */
    public BuiltPackages getBuiltPackages(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get_built_packages", "/build/built-packages/{build_id}",
                buildId), BuiltPackages.class);
    }

    /** Cancels a build and returns it; python-copr {@code cancel(build_id)}. */
    public Build cancel(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.put("build.cancel", "/build/cancel/{build_id}", buildId), Build.class);
    }

    /** Deletes a build with its results and returns it as it was; python-copr {@code delete(build_id)}. */
    public Build delete(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.delete("build.delete", "/build/delete/{build_id}", buildId), Build.class);
    }

    /** Deletes several builds and returns their ids as Copr confirms them; python-copr {@code delete_list(build_ids)}. */
    public List<Long> deleteList(List<Long> buildIds) {
        Arguments.requireNonNull("buildIds", buildIds);
        if (buildIds.isEmpty()) {
            throw new CoprValidationException("buildIds must name at least one build");
        }
        buildIds.forEach(id -> Arguments.requireId("buildIds", Arguments.requireNonNull("buildIds", id)));
        CoprRequest request = CoprRequest.delete("build.delete_list", "/build/delete/list")
                .withJson(Map.of("builds", buildIds));
        return transport.execute(request, DeletedBuilds.class).builds();
    }

    /**
     * Builds each SRPM or spec file URL as its own build; python-copr
     * {@code create_from_urls(ownername, projectname, urls, buildopts, project_dirname)}.
     * @return one build per URL, in order
     */
    public List<Build> createFromUrls(String ownername, String projectname, List<String> urls, BuildOptions options) {
        requireProject(ownername, projectname);
        Arguments.requireNonNull("urls", urls);
        if (urls.isEmpty()) {
            throw new CoprValidationException("urls must name at least one SRPM or spec file URL");
        }
        urls.forEach(url -> requireSingleUrl("urls", url));
        return createFromUrlList("build.create_from_urls", ownername, projectname, urls, options);
    }

    /**
     * Builds one SRPM or spec file URL; python-copr
     * {@code create_from_url(ownername, projectname, url, buildopts, project_dirname)}.
     * @throws CoprValidationException when {@code url} holds whitespace (several URLs: use {@link #createFromUrls})
     */
    public Build createFromUrl(String ownername, String projectname, String url, BuildOptions options) {
        requireProject(ownername, projectname);
        requireSingleUrl("url", url);
        return createFromUrlList("build.create_from_url", ownername, projectname, List.of(url), options).get(0);
    }

    /** Uploads an SRPM and builds it, without progress reports; see {@link #createFromFile(String, String, Path, BuildOptions, UploadProgressListener)}. */
    public Build createFromFile(String ownername, String projectname, Path path, BuildOptions options) {
        return createFromFile(ownername, projectname, path, options, null);
    }

    /**
     * Uploads a local SRPM and builds it; python-copr
     * {@code create_from_file(ownername, projectname, path, buildopts, project_dirname)}. The file is
     * streamed from disk, so its size does not matter for memory; consider {@link #checkBeforeBuild}
     * before uploading a large one.
     *
     * @param listener told about the upload's progress (python-copr's {@code progress_callback}); may be null
     */
    public Build createFromFile(String ownername, String projectname, Path path, BuildOptions options,
                                UploadProgressListener listener) {
        requireProject(ownername, projectname);
        Arguments.requireReadableFile("path", path);
        CoprRequest request = CoprRequest.post("build.create_from_file", "/build/create/upload")
                .withJson(body(ownername, projectname, Map.of(), options))
                .withFile(new FilePart("pkgs", path, "application/x-rpm", listener));
        return transport.execute(request, Build.class);
    }

    /**
     * Asks whether a build with these options may be submitted (project and directory exist, you may
     * build there, the chroots are valid) without submitting one; python-copr
     * {@code check_before_build(ownername, projectname, project_dirname, buildopts)}.
     * @throws dev.copr.client.CoprAuthException when you may not build in the project
     * @throws dev.copr.client.CoprRequestException when the options are not valid, with Copr's reason
     */
    public BuildCheck checkBeforeBuild(String ownername, String projectname, BuildOptions options) {
        requireProject(ownername, projectname);
        CoprRequest request = CoprRequest.post("build.check_before_build", "/build/check-before-build")
                .withJson(body(ownername, projectname, Map.of(), options));
        return transport.execute(request, BuildCheck.class);
    }

    /**
     * Builds from a Git or Subversion repository; python-copr {@code create_from_scm(ownername,
     * projectname, clone_url, committish, subdirectory, spec, scm_type, source_build_method, buildopts,
     * project_dirname)}.
     */
    public Build createFromScm(String ownername, String projectname, ScmSource source, BuildOptions options) {
        return create("build.create_from_scm", "/build/create/scm", ownername, projectname,
                Arguments.requireNonNull("source", source).wireFields(), options);
    }

    /**
     * Builds a package from a DistGit instance; python-copr {@code create_from_distgit(ownername,
     * projectname, packagename, committish, namespace, distgit, buildopts, project_dirname)}.
     *
     * @param source instance, namespace and committish; {@link DistgitSource#defaults()} for Copr's default
     */
    public Build createFromDistgit(String ownername, String projectname, String packagename, DistgitSource source,
                                   BuildOptions options) {
        Arguments.requireName("packagename", packagename);
        Map<String, Object> fields = WireFields.create()
                .put("package_name", packagename)
                .putAll(Arguments.requireNonNull("source", source).wireFields())
                .toMap();
        return create("build.create_from_distgit", "/build/create/distgit", ownername, projectname, fields, options);
    }

    /**
     * Builds a package from PyPI; python-copr {@code create_from_pypi(ownername, projectname,
     * pypi_package_name, pypi_package_version, spec_template, python_versions, buildopts, project_dirname,
     * spec_generator)}. Unlike python-copr, Python versions that are not set are not sent (see {@link PypiSource}).
     */
    public Build createFromPypi(String ownername, String projectname, PypiSource source, BuildOptions options) {
        return create("build.create_from_pypi", "/build/create/pypi", ownername, projectname,
                Arguments.requireNonNull("source", source).wireFields(), options);
    }

    /** Builds a gem from RubyGems.org; python-copr {@code create_from_rubygems(ownername, projectname, gem_name, buildopts, project_dirname)}. */
    public Build createFromRubygems(String ownername, String projectname, RubygemsSource source, BuildOptions options) {
        return create("build.create_from_rubygems", "/build/create/rubygems", ownername, projectname,
                Arguments.requireNonNull("source", source).wireFields(), options);
    }

    /**
     * Builds from the output of a script; python-copr {@code create_from_custom(ownername, projectname,
     * script, script_chroot, script_builddeps, script_resultdir, script_repos, buildopts, project_dirname)},
     * whose {@code script_*} arguments are {@link CustomSource}'s fields without the prefix, as on the wire.
     */
    public Build createFromCustom(String ownername, String projectname, CustomSource source, BuildOptions options) {
        return create("build.create_from_custom", "/build/create/custom", ownername, projectname,
                Arguments.requireNonNull("source", source).wireFields(), options);
    }

    private Build create(String operation, String path, String ownername, String projectname,
                         Map<String, Object> sourceFields, BuildOptions options) {
        requireProject(ownername, projectname);
        CoprRequest request = CoprRequest.post(operation, path)
                .withJson(body(ownername, projectname, sourceFields, options));
        return transport.execute(request, Build.class);
    }

    private List<Build> createFromUrlList(String operation, String ownername, String projectname, List<String> urls,
                                          BuildOptions options) {
        CoprRequest request = CoprRequest.post(operation, "/build/create/url")
                .withJson(body(ownername, projectname, Map.of("pkgs", List.copyOf(urls)), options));
        return transport.executePage(request, Pagination.none(), Build.class).items();
    }

    /** The JSON of a new build: project, source fields, then the build options at the top level. */
    private static Map<String, Object> body(String ownername, String projectname, Map<String, Object> sourceFields,
                                    BuildOptions options) {
        return WireFields.create()
                .put("ownername", ownername)
                .put("projectname", projectname)
                .putAll(sourceFields)
                .putAll(options == null ? Map.of() : options.wireFields())
                .toMap();
    }

    private static void requireProject(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
    }

    private static void requireSingleUrl(String argument, String url) {
        Arguments.requireText(argument, url);
        if (url.chars().anyMatch(Character::isWhitespace)) {
            throw new CoprValidationException(argument + " '" + url + "' must be one URL without whitespace;"
                    + " pass several URLs as a list to createFromUrls");
        }
    }

    /** Copr's answer to {@code delete_list}: the deleted ids. */
    record DeletedBuilds(List<Long> builds) {
        DeletedBuilds {
            builds = ApiLists.copyOf(builds);
        }
    }

    /** Where the client observes its work, so a {@link BuildWatcher} reports there too. */
    ObservationRegistry observationRegistry() {
        return transport.observationRegistry();
    }
}
