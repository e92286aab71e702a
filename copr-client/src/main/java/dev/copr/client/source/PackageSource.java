package dev.copr.client.source;

/**
 * Where Copr gets a package's sources: the {@code source_type} and {@code source_dict} of python-copr's
 * {@code package_proxy.add/edit}, one type per source type. The build calls
 * {@code BuildProxy.createFromScm}, {@code createFromPypi} and so on take the same values, so a
 * source reads the same for packages and builds.
 *
 * @since 0.1.0
 */
public sealed interface PackageSource permits ScmSource, PypiSource, RubygemsSource, CustomSource, DistgitSource {

    /** Copr's source type of these sources. */
    SourceType sourceType();
}
