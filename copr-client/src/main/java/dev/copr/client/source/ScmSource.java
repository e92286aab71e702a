package dev.copr.client.source;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ValueText;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Sources from a Git or Subversion repository, Copr's source type {@code scm}. Unset fields are not
 * sent and Copr uses its defaults (Git, {@code rpkg}, repository root, default branch), or on a package
 * edit keeps the stored values, except {@link #scmType()}: Copr does not refill it from the stored
 * source, so set it again when editing a Subversion package.
 *
 * <pre>{@code
 * ScmSource.builder("https://github.com/fedora-copr/copr.git").subdirectory("cli").spec("copr-cli.spec").build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScmSource implements PackageSource {

    private static final String[] NAMES = {
            "cloneUrl", "committish", "subdirectory", "spec", "scmType", "sourceBuildMethod"};

    private final String cloneUrl;
    private final @Nullable String committish;
    private final @Nullable String subdirectory;
    private final @Nullable String spec;
    private final @Nullable ScmType scmType;
    private final @Nullable SourceBuildMethod sourceBuildMethod;

    private ScmSource(Builder builder) {
        this.cloneUrl = Arguments.requireText("cloneUrl", builder.cloneUrl);
        this.committish = builder.committish;
        this.subdirectory = builder.subdirectory;
        this.spec = builder.spec;
        this.scmType = builder.scmType;
        this.sourceBuildMethod = builder.sourceBuildMethod;
    }

    /** Sources from {@code cloneUrl} with Copr's defaults for everything else. */
    public static ScmSource of(String cloneUrl) {
        return builder(cloneUrl).build();
    }

    /** A builder with {@code cloneUrl} and every other setting unset. */
    public static Builder builder(String cloneUrl) {
        return new Builder(cloneUrl);
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** URL to clone. */
    public String cloneUrl() {
        return cloneUrl;
    }

    /** Branch, tag or commit to build. */
    public @Nullable String committish() {
        return committish;
    }

    /** Directory with the sources and spec file. */
    public @Nullable String subdirectory() {
        return subdirectory;
    }

    /** Path of the spec file relative to the subdirectory; must end with {@code .spec}. */
    public @Nullable String spec() {
        return spec;
    }

    /** Git or Subversion. */
    public @Nullable ScmType scmType() {
        return scmType;
    }

    /** How the SRPM is made. */
    public @Nullable SourceBuildMethod sourceBuildMethod() {
        return sourceBuildMethod;
    }

    @Override
    public SourceType sourceType() {
        return SourceType.SCM;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScmSource that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code ScmSource[cloneUrl=...]}. */
    @Override
    public String toString() {
        return ValueText.of("ScmSource", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {cloneUrl, committish, subdirectory, spec, scmType, sourceBuildMethod};
    }

    /** Builds {@link ScmSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private String cloneUrl;
        private @Nullable String committish;
        private @Nullable String subdirectory;
        private @Nullable String spec;
        private @Nullable ScmType scmType;
        private @Nullable SourceBuildMethod sourceBuildMethod;

        private Builder(String cloneUrl) {
            this.cloneUrl = cloneUrl;
        }

        private Builder(ScmSource from) {
            this.cloneUrl = from.cloneUrl;
            this.committish = from.committish;
            this.subdirectory = from.subdirectory;
            this.spec = from.spec;
            this.scmType = from.scmType;
            this.sourceBuildMethod = from.sourceBuildMethod;
        }

        /** URL to clone. */
        public Builder cloneUrl(String cloneUrl) {
            this.cloneUrl = cloneUrl;
            return this;
        }

        /** Branch, tag or commit to build. */
        public Builder committish(@Nullable String committish) {
            this.committish = committish;
            return this;
        }

        /** Directory with the sources and spec file. */
        public Builder subdirectory(@Nullable String subdirectory) {
            this.subdirectory = subdirectory;
            return this;
        }

        /** Path of the spec file relative to the subdirectory; must end with {@code .spec}. */
        public Builder spec(@Nullable String spec) {
            this.spec = spec;
            return this;
        }

        /** Git or Subversion. */
        public Builder scmType(@Nullable ScmType scmType) {
            this.scmType = scmType;
            return this;
        }

        /** How the SRPM is made. */
        public Builder sourceBuildMethod(@Nullable SourceBuildMethod sourceBuildMethod) {
            this.sourceBuildMethod = sourceBuildMethod;
            return this;
        }

        /** The ScmSource. */
        public ScmSource build() {
            return new ScmSource(this);
        }
    }
}
