package dev.copr.client.source;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ValueText;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String[] NAMES = {
            "pypiPackageName", "pypiPackageVersion", "specGenerator", "specTemplate", "pythonVersions"};

    private final String pypiPackageName;
    private final @Nullable String pypiPackageVersion;
    private final @Nullable SpecGenerator specGenerator;
    private final @Nullable String specTemplate;
    private final @Nullable List<Integer> pythonVersions;

    private PypiSource(Builder builder) {
        this.pypiPackageName = Arguments.requireName("pypiPackageName", builder.pypiPackageName);
        this.pypiPackageVersion = builder.pypiPackageVersion;
        this.specGenerator = builder.specGenerator;
        this.specTemplate = builder.specTemplate;
        this.pythonVersions = builder.pythonVersions == null ? null : List.copyOf(builder.pythonVersions);
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
        return pypiPackageName;
    }

    /** Version to build; unset for the latest. */
    public @Nullable String pypiPackageVersion() {
        return pypiPackageVersion;
    }

    /** Tool that writes the spec file. */
    public @Nullable SpecGenerator specGenerator() {
        return specGenerator;
    }

    /**
     * {@code pyp2rpm} template: {@code ""} (default), {@code fedora}, {@code epel7}, {@code mageia} or {@code
     * pld}.
     */
    public @Nullable String specTemplate() {
        return specTemplate;
    }

    /** Major Python versions to build for ({@code pyp2rpm}): 3 and/or 2. */
    public @Nullable List<Integer> pythonVersions() {
        return pythonVersions;
    }

    @Override
    public SourceType sourceType() {
        return SourceType.PYPI;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PypiSource that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code PypiSource[pypiPackageName=...]}. */
    @Override
    public String toString() {
        return ValueText.of("PypiSource", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {pypiPackageName, pypiPackageVersion, specGenerator, specTemplate,
                pythonVersions};
    }

    /** Builds {@link PypiSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private String pypiPackageName;
        private @Nullable String pypiPackageVersion;
        private @Nullable SpecGenerator specGenerator;
        private @Nullable String specTemplate;
        private @Nullable List<Integer> pythonVersions;

        private Builder(String pypiPackageName) {
            this.pypiPackageName = pypiPackageName;
        }

        private Builder(PypiSource from) {
            this.pypiPackageName = from.pypiPackageName;
            this.pypiPackageVersion = from.pypiPackageVersion;
            this.specGenerator = from.specGenerator;
            this.specTemplate = from.specTemplate;
            this.pythonVersions = from.pythonVersions;
        }

        /** Name on PyPI. */
        public Builder pypiPackageName(String pypiPackageName) {
            this.pypiPackageName = pypiPackageName;
            return this;
        }

        /** Version to build; unset for the latest. */
        public Builder pypiPackageVersion(@Nullable String pypiPackageVersion) {
            this.pypiPackageVersion = pypiPackageVersion;
            return this;
        }

        /** Tool that writes the spec file. */
        public Builder specGenerator(@Nullable SpecGenerator specGenerator) {
            this.specGenerator = specGenerator;
            return this;
        }

        /**
         * {@code pyp2rpm} template: {@code ""} (default), {@code fedora}, {@code epel7}, {@code mageia} or
         * {@code pld}.
         */
        public Builder specTemplate(@Nullable String specTemplate) {
            this.specTemplate = specTemplate;
            return this;
        }

        /** Major Python versions to build for ({@code pyp2rpm}): 3 and/or 2. */
        public Builder pythonVersions(@Nullable List<Integer> pythonVersions) {
            this.pythonVersions = pythonVersions == null ? null : new ArrayList<>(pythonVersions);
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
