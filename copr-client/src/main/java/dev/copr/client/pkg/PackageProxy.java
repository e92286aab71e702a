package dev.copr.client.pkg;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.source.PackageSource;
import dev.copr.client.source.SourceType;

import org.jspecify.annotations.Nullable;

/**
 * Packages of Copr projects: python-copr's {@code PackageProxy} ({@code client.package_proxy}); get it
 * from {@code CoprClient.packages()}.
 *
 * @since 0.1.0
 */
public interface PackageProxy {

    /**
     * One package; python-copr {@code get(ownername, projectname, packagename, with_latest_build,
     * with_latest_succeeded_build)}. A detail is sent only when asked for, because Copr's single-package
     * call takes any value it is given, even {@code False}, as true.
     *
     * @param details what to fill in besides the package, e.g. {@link PackageDetail#WITH_LATEST_BUILD}; none
     *     for the package without its latest builds
     * @throws dev.copr.client.exception.CoprNoResultException when the project or package does not exist
     */
    Package get(String ownername, String projectname, String packagename, PackageDetail... details);

    /**
     * All packages of a project, without their latest builds; see {@link #getList(String, String, Pagination,
     * PackageDetail...)}.
     */
    default Page<Package> getList(String ownername, String projectname) {
        return getList(ownername, projectname, Pagination.none());
    }

    /**
     * The packages of a project; python-copr {@code get_list(ownername, projectname, pagination,
     * with_latest_build, with_latest_succeeded_build)}. Copr refuses to list more than 10000 packages
     * at once: use a pagination for big projects.
     *
     * @param pagination which slice; null or {@link Pagination#none()} for the whole list
     * @param details what to fill in for each package, e.g. {@link PackageDetail#WITH_LATEST_BUILD}; none for
     *     the packages without their latest builds
     */
    Page<Package> getList(String ownername, String projectname, @Nullable Pagination pagination,
                          PackageDetail... details);

    /**
     * Adds a package with Copr's default settings; see {@link #add(String, String, String, PackageSource,
     * PackageOptions)}.
     */
    default Package add(String ownername, String projectname, String packagename, PackageSource source) {
        return add(ownername, projectname, packagename, source, null);
    }

    /**
     * Adds a package to a project; python-copr {@code add(ownername, projectname, packagename,
     * source_type, source_dict)}, with the source type and dict given by {@code source}.
     *
     * @param options package settings; null for Copr's defaults
     * @throws dev.copr.client.exception.CoprRequestException when the package exists (HTTP 409) or a field is
     *         not valid (HTTP 400, Copr names the field)
     */
    Package add(String ownername, String projectname, String packagename, PackageSource source,
                @Nullable PackageOptions options);

    /**
     * Changes a package's source, keeping its settings; see {@link #edit(String, String, String, PackageSource,
     * PackageOptions)}.
     */
    default Package edit(String ownername, String projectname, String packagename, PackageSource source) {
        return edit(ownername, projectname, packagename, source, null);
    }

    /**
     * Changes only a package's settings, keeping its source; see {@link #edit(String, String, String,
     * PackageSource, PackageOptions)}.
     */
    default Package edit(String ownername, String projectname, String packagename, PackageOptions options) {
        return edit(ownername, projectname, packagename, (PackageSource) null, options);
    }

    /**
     * Switches a package to another source type without sending any of its fields; python-copr
     * {@code edit(ownername, projectname, packagename, source_type)}. Copr keeps what it can of the
     * stored source; set the new type's fields with {@link #edit(String, String, String, PackageSource)}.
     */
    Package edit(String ownername, String projectname, String packagename, SourceType sourceType);

    /**
     * Changes a package; python-copr {@code edit(ownername, projectname, packagename, source_type,
     * source_dict)}. Fields that are not sent keep their stored values. Without a source, Copr's route
     * that keeps the stored source type is used (python-copr would send the type {@code None}, which
     * Copr refuses), e.g. to change only the options.
     *
     * @param source the new source, possibly of another type; null to keep the stored one
     * @param options package settings to change
     */
    Package edit(String ownername, String projectname, String packagename, @Nullable PackageSource source,
                 @Nullable PackageOptions options);

    /**
     * Clears a package's source type and settings and returns the package; python-copr
     * {@code reset(ownername, projectname, packagename)}.
     */
    Package reset(String ownername, String projectname, String packagename);

    /**
     * Builds a package from its stored source with the project's and package's settings; see {@link
     * #build(String, String, String, BuildOptions)}.
     */
    default Build build(String ownername, String projectname, String packagename) {
        return build(ownername, projectname, packagename, null);
    }

    /**
     * Builds a package from its stored source; python-copr {@code build(ownername, projectname,
     * packagename, buildopts, project_dirname)}.
     *
     * @param options build options; null for the project's and package's defaults
     * @throws dev.copr.client.exception.CoprRequestException when the package has no source (HTTP 400)
     */
    Build build(String ownername, String projectname, String packagename, @Nullable BuildOptions options);

    /**
     * Deletes a package with its builds and returns it as it was; python-copr
     * {@code delete(ownername, projectname, packagename)}.
     */
    Package delete(String ownername, String projectname, String packagename);
}
