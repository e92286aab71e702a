package dev.copr.client.pkg;

import dev.copr.client.Arguments;
import dev.copr.client.http.WireFields;

import java.util.Map;

/**
 * Sources from a Git or Subversion repository, Copr's source type {@code scm}. Unset fields are not
 * sent and Copr uses its defaults (Git, {@code rpkg}, repository root, default branch), or on a package
 * edit keeps the stored values, except {@link #scmType()}: Copr does not refill it from the stored
 * source, so set it again when editing a Subversion package.
 *
 * <pre>{@code
 * ScmSource.of("https://github.com/fedora-copr/copr.git").withSubdirectory("cli").withSpec("copr-cli.spec")
 * }</pre>
 *
 * @param cloneUrl URL to clone; required
 * @param committish branch, tag or commit to build
 * @param subdirectory directory with the sources and spec file
 * @param spec path of the spec file relative to the subdirectory; must end with {@code .spec}
 * @param scmType Git or Subversion
 * @param sourceBuildMethod how the SRPM is made
 */
public record ScmSource(String cloneUrl, String committish, String subdirectory, String spec, ScmType scmType,
                        SourceBuildMethod sourceBuildMethod) implements PackageSource {

    public ScmSource {
        Arguments.requireText("cloneUrl", cloneUrl);
    }

    /** Sources from {@code cloneUrl} with Copr's defaults for everything else. */
    public static ScmSource of(String cloneUrl) {
        return new ScmSource(cloneUrl, null, null, null, null, null);
    }

    /** A copy building {@code committish} (branch, tag or commit). */
    public ScmSource withCommittish(String committish) {
        return new ScmSource(cloneUrl, committish, subdirectory, spec, scmType, sourceBuildMethod);
    }

    /** A copy taking the sources from {@code subdirectory}. */
    public ScmSource withSubdirectory(String subdirectory) {
        return new ScmSource(cloneUrl, committish, subdirectory, spec, scmType, sourceBuildMethod);
    }

    /** A copy using the spec file {@code spec}. */
    public ScmSource withSpec(String spec) {
        return new ScmSource(cloneUrl, committish, subdirectory, spec, scmType, sourceBuildMethod);
    }

    /** A copy for a repository of the given type. */
    public ScmSource withScmType(ScmType scmType) {
        return new ScmSource(cloneUrl, committish, subdirectory, spec, scmType, sourceBuildMethod);
    }

    /** A copy making the SRPM with {@code sourceBuildMethod}. */
    public ScmSource withSourceBuildMethod(SourceBuildMethod sourceBuildMethod) {
        return new ScmSource(cloneUrl, committish, subdirectory, spec, scmType, sourceBuildMethod);
    }

    @Override
    public String sourceType() {
        return "scm";
    }

    @Override
    public Map<String, Object> wireFields() {
        return WireFields.create()
                .put("clone_url", cloneUrl)
                .put("committish", committish)
                .put("subdirectory", subdirectory)
                .put("spec", spec)
                .put("scm_type", scmType == null ? null : scmType.wireValue())
                .put("source_build_method", sourceBuildMethod == null ? null : sourceBuildMethod.wireValue())
                .toMap();
    }
}
