package dev.copr.client.internal.proxy;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildCheck;
import dev.copr.client.build.BuildFilter;
import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.BuildWatcher;
import dev.copr.client.build.BuiltPackages;
import dev.copr.client.build.SourceBuildConfig;
import dev.copr.client.build.SourceChroot;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.internal.http.FilePart;
import dev.copr.client.internal.http.WireFields;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;
import dev.copr.client.upload.UploadProgressListener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The {@link BuildProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpBuildProxy implements BuildProxy {

    private final CoprTransport transport;
    private final @Nullable BuildEndSignals endSignals;
    private final FailedChrootsRebuild failedChrootsRebuild;

    /** A proxy sending through {@code transport}, whose watchers learn of chroot ends from {@code endSignals}. */
    public HttpBuildProxy(CoprTransport transport, @Nullable BuildEndSignals endSignals) {
        this.transport = transport;
        this.endSignals = endSignals;
        this.failedChrootsRebuild = new FailedChrootsRebuild(this, new HttpBuildChrootProxy(transport));
    }

    @Override
    public Build get(long buildId) {
        return transport.execute(getRequest(buildId), Build.class);
    }

    /** One build, asked for within {@code timeLimit}: a watcher's poll, bounded by the time its wait has left. */
    Build get(long buildId, Duration timeLimit) {
        return transport.execute(getRequest(buildId), Build.class, timeLimit);
    }

    private static CoprRequest getRequest(long buildId) {
        Arguments.requireId("buildId", buildId);
        return CoprRequest.get("build.get", "/build/{build_id}", buildId);
    }

    @Override
    public Page<Build> getList(String ownername, String projectname, BuildFilter filter,
                               @Nullable Pagination pagination) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireNonNull("filter", filter);
        BuildState status = filter.status();
        CoprRequest request = CoprRequest.get("build.get_list", "/build/list")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("packagename", filter.packagename())
                .withQuery("status", status == null ? null : status.coprName());
        return transport.executePage(request, pagination == null ? Pagination.none() : pagination, Build.class);
    }

    @Override
    public SourceChroot getSourceChroot(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get_source_chroot", "/build/source-chroot/{build_id}", buildId),
                SourceChroot.class);
    }

    @Override
    public SourceBuildConfig getSourceBuildConfig(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get_source_build_config",
                "/build/source-build-config/{build_id}", buildId), SourceBuildConfig.class);
    }

    @Override
    public BuiltPackages getBuiltPackages(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.get("build.get_built_packages", "/build/built-packages/{build_id}",
                buildId), BuiltPackages.class);
    }

    @Override
    public Build cancel(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.put("build.cancel", "/build/cancel/{build_id}", buildId), Build.class);
    }

    @Override
    public Build delete(long buildId) {
        Arguments.requireId("buildId", buildId);
        return transport.execute(CoprRequest.delete("build.delete", "/build/delete/{build_id}", buildId), Build.class);
    }

    @Override
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

    @Override
    public Optional<Build> rebuildFailed(long buildId, BuildOptions options) {
        return failedChrootsRebuild.rebuild(buildId, options);
    }

    @Override
    public List<Build> createFromUrls(String ownername, String projectname, List<String> urls,
                                      @Nullable BuildOptions options) {
        requireProject(ownername, projectname);
        Arguments.requireNonNull("urls", urls);
        if (urls.isEmpty()) {
            throw new CoprValidationException("urls must name at least one SRPM or spec file URL");
        }
        urls.forEach(url -> requireSingleUrl("urls", url));
        return createFromUrlList("build.create_from_urls", ownername, projectname, urls, options);
    }

    @Override
    public Build createFromUrl(String ownername, String projectname, String url, @Nullable BuildOptions options) {
        requireProject(ownername, projectname);
        requireSingleUrl("url", url);
        return createFromUrlList("build.create_from_url", ownername, projectname, List.of(url), options).get(0);
    }

    @Override
    public Build createFromFile(String ownername, String projectname, Path path, @Nullable BuildOptions options,
                                @Nullable UploadProgressListener listener) {
        requireProject(ownername, projectname);
        Arguments.requireReadableFile("path", path);
        CoprRequest request = CoprRequest.post("build.create_from_file", "/build/create/upload")
                .withJson(body(ownername, projectname, Map.of(), options))
                .withFile(new FilePart("pkgs", path, "application/x-rpm", listener));
        return transport.execute(request, Build.class);
    }

    @Override
    public BuildCheck checkBeforeBuild(String ownername, String projectname, @Nullable BuildOptions options) {
        requireProject(ownername, projectname);
        CoprRequest request = CoprRequest.post("build.check_before_build", "/build/check-before-build")
                .withJson(body(ownername, projectname, Map.of(), options));
        return transport.execute(request, BuildCheck.class);
    }

    @Override
    public Build createFromScm(String ownername, String projectname, ScmSource source, @Nullable BuildOptions options) {
        return create("build.create_from_scm", "/build/create/scm", ownername, projectname,
                WireForms.of(Arguments.requireNonNull("source", source)), options);
    }

    @Override
    public Build createFromDistgit(String ownername, String projectname, String packagename, DistgitSource source,
                                   @Nullable BuildOptions options) {
        Arguments.requireName("packagename", packagename);
        Map<String, Object> fields = WireFields.create()
                .put("package_name", packagename)
                .putAll(WireForms.of(Arguments.requireNonNull("source", source)))
                .toMap();
        return create("build.create_from_distgit", "/build/create/distgit", ownername, projectname, fields, options);
    }

    @Override
    public Build createFromPypi(String ownername, String projectname, PypiSource source,
                                @Nullable BuildOptions options) {
        return create("build.create_from_pypi", "/build/create/pypi", ownername, projectname,
                WireForms.of(Arguments.requireNonNull("source", source)), options);
    }

    @Override
    public Build createFromRubygems(String ownername, String projectname, RubygemsSource source,
                                    @Nullable BuildOptions options) {
        return create("build.create_from_rubygems", "/build/create/rubygems", ownername, projectname,
                WireForms.of(Arguments.requireNonNull("source", source)), options);
    }

    @Override
    public Build createFromCustom(String ownername, String projectname, CustomSource source,
                                  @Nullable BuildOptions options) {
        return create("build.create_from_custom", "/build/create/custom", ownername, projectname,
                WireForms.of(Arguments.requireNonNull("source", source)), options);
    }

    @Override
    public BuildWatcher.Builder watcher() {
        return new HttpBuildWatcher.Builder(this, transport.observationRegistry(), endSignals);
    }

    private Build create(String operation, String path, String ownername, String projectname,
                         Map<String, Object> sourceFields, @Nullable BuildOptions options) {
        requireProject(ownername, projectname);
        CoprRequest request = CoprRequest.post(operation, path)
                .withJson(body(ownername, projectname, sourceFields, options));
        return transport.execute(request, Build.class);
    }

    private List<Build> createFromUrlList(String operation, String ownername, String projectname, List<String> urls,
                                          @Nullable BuildOptions options) {
        CoprRequest request = CoprRequest.post(operation, "/build/create/url")
                .withJson(body(ownername, projectname, Map.of("pkgs", List.copyOf(urls)), options));
        return transport.executePage(request, Pagination.none(), Build.class).items();
    }

    /** The JSON of a new build: project, source fields, then the build options at the top level. */
    private static Map<String, Object> body(String ownername, String projectname, Map<String, Object> sourceFields,
                                            @Nullable BuildOptions options) {
        return WireFields.create()
                .put("ownername", ownername)
                .put("projectname", projectname)
                .putAll(sourceFields)
                .putAll(WireForms.of(options))
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
}
