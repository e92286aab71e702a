package dev.copr.client.source;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;


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

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<String> CLONE_URL = SCHEMA.key("cloneUrl");
    private static final Settings.Key<String> COMMITTISH = SCHEMA.key("committish");
    private static final Settings.Key<String> SUBDIRECTORY = SCHEMA.key("subdirectory");
    private static final Settings.Key<String> SPEC = SCHEMA.key("spec");
    private static final Settings.Key<ScmType> SCM_TYPE = SCHEMA.key("scmType");
    private static final Settings.Key<SourceBuildMethod> SOURCE_BUILD_METHOD = SCHEMA.key("sourceBuildMethod");

    private final Settings settings;

    private ScmSource(Builder builder) {
        this.settings = builder.settings.build();
        Arguments.requireText("cloneUrl", settings.get(CLONE_URL));
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
        return settings.require(CLONE_URL);
    }

    /** Branch, tag or commit to build. */
    public @Nullable String committish() {
        return settings.get(COMMITTISH);
    }

    /** Directory with the sources and spec file. */
    public @Nullable String subdirectory() {
        return settings.get(SUBDIRECTORY);
    }

    /** Path of the spec file relative to the subdirectory; must end with {@code .spec}. */
    public @Nullable String spec() {
        return settings.get(SPEC);
    }

    /** Git or Subversion. */
    public @Nullable ScmType scmType() {
        return settings.get(SCM_TYPE);
    }

    /** How the SRPM is made. */
    public @Nullable SourceBuildMethod sourceBuildMethod() {
        return settings.get(SOURCE_BUILD_METHOD);
    }

    @Override
    public SourceType sourceType() {
        return SourceType.SCM;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScmSource that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code ScmSource[cloneUrl=...]}. */
    @Override
    public String toString() {
        return settings.toString("ScmSource");
    }

    /** Builds {@link ScmSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder(String cloneUrl) {
            this.settings = SCHEMA.builder().set(CLONE_URL, cloneUrl);
        }

        private Builder(ScmSource from) {
            this.settings = from.settings.toBuilder();
        }

        /** URL to clone. */
        public Builder cloneUrl(String cloneUrl) {
            settings.set(CLONE_URL, cloneUrl);
            return this;
        }

        /** Branch, tag or commit to build. */
        public Builder committish(@Nullable String committish) {
            settings.set(COMMITTISH, committish);
            return this;
        }

        /** Directory with the sources and spec file. */
        public Builder subdirectory(@Nullable String subdirectory) {
            settings.set(SUBDIRECTORY, subdirectory);
            return this;
        }

        /** Path of the spec file relative to the subdirectory; must end with {@code .spec}. */
        public Builder spec(@Nullable String spec) {
            settings.set(SPEC, spec);
            return this;
        }

        /** Git or Subversion. */
        public Builder scmType(@Nullable ScmType scmType) {
            settings.set(SCM_TYPE, scmType);
            return this;
        }

        /** How the SRPM is made. */
        public Builder sourceBuildMethod(@Nullable SourceBuildMethod sourceBuildMethod) {
            settings.set(SOURCE_BUILD_METHOD, sourceBuildMethod);
            return this;
        }

        /** The ScmSource. */
        public ScmSource build() {
            return new ScmSource(this);
        }
    }
}
