package dev.copr.client.pkg;

import dev.copr.client.http.WireFields;

import java.util.Map;

/**
 * A package from a DistGit instance, e.g. Fedora's, Copr's source type {@code distgit}. The
 * repository is the one named like the package, which the call names ({@code packagename}); Copr
 * computes the clone URL from instance, namespace and package name.
 *
 * @param distgit name of the DistGit instance, e.g. {@code fedora}; null for the Copr instance's default
 * @param namespace namespace of the repository, e.g. {@code @copr/copr} or {@code forks/someuser}
 * @param committish branch, tag or commit to build; null for the default branch
 */
public record DistgitSource(String distgit, String namespace, String committish) implements PackageSource {

    /** The default branch of the package in the Copr instance's default DistGit. */
    public static DistgitSource defaults() {
        return new DistgitSource(null, null, null);
    }

    /** The default branch of the package in the DistGit instance {@code distgit}, e.g. {@code fedora}. */
    public static DistgitSource of(String distgit) {
        return new DistgitSource(distgit, null, null);
    }

    /** A copy reading the repository from {@code namespace}. */
    public DistgitSource withNamespace(String namespace) {
        return new DistgitSource(distgit, namespace, committish);
    }

    /** A copy building {@code committish} (branch, tag or commit). */
    public DistgitSource withCommittish(String committish) {
        return new DistgitSource(distgit, namespace, committish);
    }

    @Override
    public String sourceType() {
        return "distgit";
    }

    @Override
    public Map<String, Object> wireFields() {
        return WireFields.create()
                .put("distgit", distgit)
                .put("namespace", namespace)
                .put("committish", committish)
                .toMap();
    }
}
