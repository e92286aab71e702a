package dev.copr.client.pkg;

import dev.copr.client.Arguments;
import dev.copr.client.http.WireFields;

import java.util.List;
import java.util.Map;

/**
 * A package from the Python Package Index, Copr's source type {@code pypi}; Copr writes the spec file.
 * Unset fields are not sent and Copr uses its defaults: the latest version, {@code pyp2spec}, the
 * default template and Python 3 only. (python-copr's {@code create_from_pypi} sends
 * {@code python_versions [3, 2]} when none are given; this client leaves the choice to Copr, whose
 * default is {@code ["3"]}. The versions and template only matter to {@code pyp2rpm}.)
 *
 * @param pypiPackageName name on PyPI; required
 * @param pypiPackageVersion version to build; null for the latest
 * @param specGenerator tool that writes the spec file
 * @param specTemplate {@code pyp2rpm} template: {@code ""} (default), {@code fedora}, {@code epel7},
 *                     {@code mageia} or {@code pld}
 * @param pythonVersions major Python versions to build for ({@code pyp2rpm}): 3 and/or 2
 */
public record PypiSource(String pypiPackageName, String pypiPackageVersion, SpecGenerator specGenerator,
                         String specTemplate, List<Integer> pythonVersions) implements PackageSource {

    public PypiSource {
        Arguments.requireName("pypiPackageName", pypiPackageName);
        pythonVersions = pythonVersions == null ? null : List.copyOf(pythonVersions);
    }

    /** The latest version of {@code pypiPackageName}, with Copr's defaults for everything else. */
    public static PypiSource of(String pypiPackageName) {
        return new PypiSource(pypiPackageName, null, null, null, null);
    }

    /** A copy building {@code version} instead of the latest. */
    public PypiSource withPypiPackageVersion(String version) {
        return new PypiSource(pypiPackageName, version, specGenerator, specTemplate, pythonVersions);
    }

    /** A copy writing the spec file with {@code specGenerator}. */
    public PypiSource withSpecGenerator(SpecGenerator specGenerator) {
        return new PypiSource(pypiPackageName, pypiPackageVersion, specGenerator, specTemplate, pythonVersions);
    }

    /** A copy using the {@code pyp2rpm} template {@code specTemplate}. */
    public PypiSource withSpecTemplate(String specTemplate) {
        return new PypiSource(pypiPackageName, pypiPackageVersion, specGenerator, specTemplate, pythonVersions);
    }

    /** A copy building for the given major Python versions, e.g. {@code List.of(3)}. */
    public PypiSource withPythonVersions(List<Integer> pythonVersions) {
        return new PypiSource(pypiPackageName, pypiPackageVersion, specGenerator, specTemplate, pythonVersions);
    }

    @Override
    public String sourceType() {
        return "pypi";
    }

    @Override
    public Map<String, Object> wireFields() {
        return WireFields.create()
                .put("pypi_package_name", pypiPackageName)
                .put("pypi_package_version", pypiPackageVersion)
                .put("spec_generator", specGenerator == null ? null : specGenerator.wireValue())
                .put("spec_template", specTemplate)
                .put("python_versions", pythonVersions)
                .toMap();
    }
}
