package dev.copr.client.pkg;

import java.util.Map;

/**
 * Where Copr gets a package's sources: the {@code source_type} and {@code source_dict} of python-copr's
 * {@code package_proxy.add/edit}, one record per source type. The build calls
 * {@code BuildProxy.createFromScm}, {@code createFromPypi} and so on take the same records, so a
 * source reads the same for packages and builds.
 */
public sealed interface PackageSource permits ScmSource, PypiSource, RubygemsSource, CustomSource, DistgitSource {

    /** Copr's name of the source type, e.g. {@code scm}; the last path segment of package add/edit. */
    String sourceType();

    /** The source's fields in Copr's API names, without the ones that are not set. */
    Map<String, Object> wireFields();
}
