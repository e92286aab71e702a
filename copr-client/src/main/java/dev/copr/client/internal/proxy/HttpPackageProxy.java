package dev.copr.client.internal.proxy;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.internal.http.WireFields;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.pkg.Package;
import dev.copr.client.pkg.PackageDetail;
import dev.copr.client.pkg.PackageOptions;
import dev.copr.client.pkg.PackageProxy;
import dev.copr.client.source.PackageSource;
import dev.copr.client.source.SourceType;

import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@link PackageProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpPackageProxy implements PackageProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpPackageProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public Package get(String ownername, String projectname, String packagename, PackageDetail... details) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        CoprRequest request = CoprRequest.get("package.get", "/package")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("packagename", packagename)
                .withQuery("with_latest_build", flag(details, PackageDetail.WITH_LATEST_BUILD))
                .withQuery("with_latest_succeeded_build", flag(details, PackageDetail.WITH_LATEST_SUCCEEDED_BUILD));
        return transport.execute(request, Package.class);
    }

    @Override
    public Page<Package> getList(String ownername, String projectname, @Nullable Pagination pagination,
                                 PackageDetail... details) {
        requireProject(ownername, projectname);
        CoprRequest request = CoprRequest.get("package.get_list", "/package/list")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("with_latest_build", flag(details, PackageDetail.WITH_LATEST_BUILD))
                .withQuery("with_latest_succeeded_build", flag(details, PackageDetail.WITH_LATEST_SUCCEEDED_BUILD));
        return transport.executePage(request, pagination == null ? Pagination.none() : pagination, Package.class);
    }

    @Override
    public Package add(String ownername, String projectname, String packagename, PackageSource source,
                       @Nullable PackageOptions options) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        Arguments.requireNonNull("source", source);
        CoprRequest request = CoprRequest.post("package.add",
                        "/package/add/{ownername}/{projectname}/{package_name}/{source_type_text}",
                        ownername, projectname, packagename, source.sourceType().coprName())
                .withJson(sourceBody(packagename, source, options));
        return transport.execute(request, Package.class);
    }

    @Override
    public Package edit(String ownername, String projectname, String packagename, @Nullable PackageSource source,
                        @Nullable PackageOptions options) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        CoprRequest request = source == null
                ? CoprRequest.post("package.edit", "/package/edit/{ownername}/{projectname}/{package_name}/",
                        ownername, projectname, packagename)
                : CoprRequest.post("package.edit",
                        "/package/edit/{ownername}/{projectname}/{package_name}/{source_type_text}",
                        ownername, projectname, packagename, source.sourceType().coprName());
        return transport.execute(request.withJson(sourceBody(packagename, source, options)), Package.class);
    }

    @Override
    public Package edit(String ownername, String projectname, String packagename, SourceType sourceType) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        Arguments.requireNonNull("sourceType", sourceType);
        CoprRequest request = CoprRequest.post("package.edit",
                "/package/edit/{ownername}/{projectname}/{package_name}/{source_type_text}",
                ownername, projectname, packagename, sourceType.coprName());
        return transport.execute(request.withJson(sourceBody(packagename, null, null)), Package.class);
    }

    @Override
    public Package reset(String ownername, String projectname, String packagename) {
        CoprRequest request = CoprRequest.put("package.reset", "/package/reset")
                .withJson(packageBody(ownername, projectname, packagename));
        return transport.execute(request, Package.class);
    }

    @Override
    public Build build(String ownername, String projectname, String packagename, @Nullable BuildOptions options) {
        Map<String, Object> body = WireFields.create()
                .putAll(packageBody(ownername, projectname, packagename))
                .putAll(WireForms.of(options))
                .toMap();
        return transport.execute(CoprRequest.post("package.build", "/package/build").withJson(body), Build.class);
    }

    @Override
    public Package delete(String ownername, String projectname, String packagename) {
        CoprRequest request = CoprRequest.delete("package.delete", "/package/delete")
                .withJson(packageBody(ownername, projectname, packagename));
        return transport.execute(request, Package.class);
    }

    private static Map<String, Object> sourceBody(String packagename, @Nullable PackageSource source,
                                                  @Nullable PackageOptions options) {
        return WireFields.create()
                .put("package_name", packagename)
                .putAll(source == null ? Map.of() : WireForms.of(source))
                .putAll(WireForms.of(options))
                .toMap();
    }

    private static Map<String, Object> packageBody(String ownername, String projectname, String packagename) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        return WireFields.create()
                .put("ownername", ownername)
                .put("projectname", projectname)
                .put("package_name", packagename)
                .toMap();
    }

    /** True, or null so that the flag is not sent: Copr takes any value of it as true. */
    /** True when {@code detail} is asked for, else not sent. */
    private static @Nullable Boolean flag(PackageDetail[] details, PackageDetail detail) {
        return Arrays.asList(details).contains(detail) ? Boolean.TRUE : null;
    }

    private static void requireProject(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
    }
}
