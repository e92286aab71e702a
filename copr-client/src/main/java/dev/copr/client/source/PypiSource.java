package dev.copr.client.source;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A package from the Python Package Index, Copr's source type {@code pypi}; Copr writes the spec file.
 * Unset fields are not sent and Copr uses its defaults: the latest version, {@code pyp2spec}, the
 * default template and Python 3 only. (python-copr's {@code create_from_pypi} sends
 * {@code python_versions [3, 2]} when none are given; this client leaves the choice to Copr, whose
 * default is {@code ["3"]}. The versions and template only matter to {@code pyp2rpm}.)
 *
 * <pre>{@code
 * PypiSource.builder("requests").pypiPackageVersion("2.32.3").specGenerator(SpecGenerator.PYP2SPEC).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PypiSource implements PackageSource {

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<String> PYPI_PACKAGE_NAME = SCHEMA.key("pypiPackageName");
    private static final Settings.Key<String> PYPI_PACKAGE_VERSION = SCHEMA.key("pypiPackageVersion");
    private static final Settings.Key<SpecGenerator> SPEC_GENERATOR = SCHEMA.key("specGenerator");
    private static final Settings.Key<String> SPEC_TEMPLATE = SCHEMA.key("specTemplate");
    private static final Settings.Key<List<Integer>> PYTHON_VERSIONS = SCHEMA.key("pythonVersions");

    private final Settings settings;

    private PypiSource(Builder builder) {
        this.settings = builder.settings.build();
        Arguments.requireName("pypiPackageName", settings.get(PYPI_PACKAGE_NAME));
    }

    /** The latest version of {@code pypiPackageName}, with Copr's defaults for everything else. */
    public static PypiSource of(String pypiPackageName) {
        return builder(pypiPackageName).build();
    }

    /** A builder with {@code pypiPackageName} and every other setting unset. */
    public static Builder builder(String pypiPackageName) {
        return new Builder(pypiPackageName);
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Name on PyPI. */
    public String pypiPackageName() {
        return settings.require(PYPI_PACKAGE_NAME);
    }

    /** Version to build; unset for the latest. */
    public @Nullable String pypiPackageVersion() {
        return settings.get(PYPI_PACKAGE_VERSION);
    }

    /** Tool that writes the spec file. */
    public @Nullable SpecGenerator specGenerator() {
        return settings.get(SPEC_GENERATOR);
    }

    /**
     * {@code pyp2rpm} template: {@code ""} (default), {@code fedora}, {@code epel7}, {@code mageia} or {@code
     * pld}.
     */
    public @Nullable String specTemplate() {
        return settings.get(SPEC_TEMPLATE);
    }

    /** Major Python versions to build for ({@code pyp2rpm}): 3 and/or 2. */
    public @Nullable List<Integer> pythonVersions() {
        return settings.get(PYTHON_VERSIONS);
    }

    @Override
    public SourceType sourceType() {
        return SourceType.PYPI;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PypiSource that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code PypiSource[pypiPackageName=...]}. */
    @Override
    public String toString() {
        return settings.toString("PypiSource");
    }

    /** Builds {@link PypiSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder(String pypiPackageName) {
            this.settings = SCHEMA.builder().set(PYPI_PACKAGE_NAME, pypiPackageName);
        }

        private Builder(PypiSource from) {
            this.settings = from.settings.toBuilder();
        }

        /** Name on PyPI. */
        public Builder pypiPackageName(String pypiPackageName) {
            settings.set(PYPI_PACKAGE_NAME, pypiPackageName);
            return this;
        }

        /** Version to build; unset for the latest. */
        public Builder pypiPackageVersion(@Nullable String pypiPackageVersion) {
            settings.set(PYPI_PACKAGE_VERSION, pypiPackageVersion);
            return this;
        }

        /** Tool that writes the spec file. */
        public Builder specGenerator(@Nullable SpecGenerator specGenerator) {
            settings.set(SPEC_GENERATOR, specGenerator);
            return this;
        }

        /**
         * {@code pyp2rpm} template: {@code ""} (default), {@code fedora}, {@code epel7}, {@code mageia} or
         * {@code pld}.
         */
        public Builder specTemplate(@Nullable String specTemplate) {
            settings.set(SPEC_TEMPLATE, specTemplate);
            return this;
        }

        /** Major Python versions to build for ({@code pyp2rpm}): 3 and/or 2. */
        public Builder pythonVersions(@Nullable List<Integer> pythonVersions) {
            settings.setList(PYTHON_VERSIONS, pythonVersions);
            return this;
        }

        /** Major Python versions to build for ({@code pyp2rpm}): 3 and/or 2. */
        public Builder pythonVersions(Integer... pythonVersions) {
            return pythonVersions(List.of(pythonVersions));
        }

        /** The PypiSource. */
        public PypiSource build() {
            return new PypiSource(this);
        }
    }
}
