package dev.copr.client.pkg;

import dev.copr.client.Arguments;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;
import dev.copr.client.http.WireFields;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.Map;

/** Packages of Copr projects: python-copr's {@code PackageProxy} ({@code client.package_proxy}). */
public final class PackageProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public PackageProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * One package, without its latest builds; python-copr {@code get(ownername, projectname, packagename)}.
     * @throws dev.copr.client.CoprNoResultException when the project or package does not exist
     */
    public Package get(String ownername, String projectname, String packagename) {
        return get(ownername, projectname, packagename, false, false);
    }

    /**
     * One package; python-copr {@code get(ownername, projectname, packagename, with_latest_build,
     * with_latest_succeeded_build)}. A flag is sent only when true, because Copr's single-package
     * call takes any value it is given, even {@code False}, as true.
     *
     * @param withLatestBuild fill {@link PackageBuilds#latest()}
     * @param withLatestSucceededBuild fill {@link PackageBuilds#latestSucceeded()}
     * @throws dev.copr.client.CoprNoResultException when the project or package does not exist
     */
    public Package get(String ownername, String projectname, String packagename, boolean withLatestBuild,
                       boolean withLatestSucceededBuild) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        CoprRequest request = CoprRequest.get("package.get", "/package")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("packagename", packagename)
                .withQuery("with_latest_build", flag(withLatestBuild))
                .withQuery("with_latest_succeeded_build", flag(withLatestSucceededBuild));
        return transport.execute(request, Package.class);
    }

    /**
     * The packages of a project; python-copr {@code get_list(ownername, projectname, pagination,
     * with_latest_build, with_latest_succeeded_build)}. Copr refuses to list more than 10000 packages
     * at once: use a pagination for big projects.
     *
     * @param pagination which slice; null for the whole list
     * @param withLatestBuild fill {@link PackageBuilds#latest()} of each package
     * @param withLatestSucceededBuild fill {@link PackageBuilds#latestSucceeded()} of each package (slower)
     */
    public Page<Package> getList(String ownername, String projectname, Pagination pagination, boolean withLatestBuild,
                                 boolean withLatestSucceededBuild) {
        requireProject(ownername, projectname);
        CoprRequest request = CoprRequest.get("package.get_list", "/package/list")
                .withQuery("ownername", ownername)
                .withQuery("projectname", projectname)
                .withQuery("with_latest_build", flag(withLatestBuild))
                .withQuery("with_latest_succeeded_build", flag(withLatestSucceededBuild));
        return transport.executePage(request, pagination == null ? Pagination.none() : pagination, Package.class);
    }

    /**
     * Adds a package to a project; python-copr {@code add(ownername, projectname, packagename,
     * source_type, source_dict)}, with the source type and dict given by {@code source}.
     *
     * @param options package settings; null for Copr's defaults
     * @throws dev.copr.client.CoprRequestException when the package exists (HTTP 409) or a field is
     *         not valid (HTTP 400, Copr names the field)
     */
    public Package add(String ownername, String projectname, String packagename, PackageSource source,
                       PackageOptions options) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        Arguments.requireNonNull("source", source);
        CoprRequest request = CoprRequest.post("package.add",
                        "/package/add/{ownername}/{projectname}/{package_name}/{source_type_text}",
                        ownername, projectname, packagename, source.sourceType())
                .withJson(sourceBody(packagename, source, options));
        return transport.execute(request, Package.class);
    }

    /**
     * Changes a package; python-copr {@code edit(ownername, projectname, packagename, source_type,
     * source_dict)}. Fields that are not sent keep their stored values. Without a source, Copr's route
     * that keeps the stored source type is used (python-copr would send the type {@code None}, which
     * Copr refuses), e.g. to change only the options.
     *
     * @param source the new source, possibly of another type; null to keep the stored one
     * @param options package settings to change; null for none
     */
    public Package edit(String ownername, String projectname, String packagename, PackageSource source,
                        PackageOptions options) {
        requireProject(ownername, projectname);
        Arguments.requireName("packagename", packagename);
        CoprRequest request = source == null
                ? CoprRequest.post("package.edit", "/package/edit/{ownername}/{projectname}/{package_name}/",
                        ownername, projectname, packagename)
                : CoprRequest.post("package.edit",
                        "/package/edit/{ownername}/{projectname}/{package_name}/{source_type_text}",
                        ownername, projectname, packagename, source.sourceType());
        return transport.execute(request.withJson(sourceBody(packagename, source, options)), Package.class);
    }

    /**
     * Clears a package's source type and settings and returns the package; python-copr
     * {@code reset(ownername, projectname, packagename)}.
     */
    public Package reset(String ownername, String projectname, String packagename) {
        CoprRequest request = CoprRequest.put("package.reset", "/package/reset")
                .withJson(packageBody(ownername, projectname, packagename));
        return transport.execute(request, Package.class);
    }

    /**
     * Builds a package from its stored source; python-copr {@code build(ownername, projectname,
     * packagename, buildopts, project_dirname)}.
     *
     * @param options build options; null for the project's and package's defaults
     * @throws dev.copr.client.CoprRequestException when the package has no source (HTTP 400)
     */
    public Build build(String ownername, String projectname, String packagename, BuildOptions options) {
        Map<String, Object> body = WireFields.create()
                .putAll(packageBody(ownername, projectname, packagename))
                .putAll(options == null ? Map.of() : options.wireFields())
                .toMap();
        return transport.execute(CoprRequest.post("package.build", "/package/build").withJson(body), Build.class);
    }

    /**
     * Deletes a package with its builds and returns it as it was; python-copr
     * {@code delete(ownername, projectname, packagename)}.
     */
    public Package delete(String ownername, String projectname, String packagename) {
        CoprRequest request = CoprRequest.delete("package.delete", "/package/delete")
                .withJson(packageBody(ownername, projectname, packagename));
        return transport.execute(request, Package.class);
    }

    private static Map<String, Object> sourceBody(String packagename, PackageSource source, PackageOptions options) {
        return WireFields.create()
                .put("package_name", packagename)
                .putAll(source == null ? Map.of() : source.wireFields())
                .putAll(options == null ? Map.of() : options.wireFields())
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

    private static Boolean flag(boolean on) {
        return on ? Boolean.TRUE : null;
    }

    private static void requireProject(String ownername, String projectname) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
    }
}
