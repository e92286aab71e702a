package dev.copr.client.source;

import dev.copr.client.internal.Settings;


import org.jspecify.annotations.Nullable;

/**
 * A package from a DistGit instance, e.g. Fedora's, Copr's source type {@code distgit}. The
 * repository is the one named like the package, which the call names ({@code packagename}); Copr
 * computes the clone URL from instance, namespace and package name.
 *
 * <pre>{@code
 * DistgitSource.builder().distgit("fedora").committish("f41").build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DistgitSource implements PackageSource {

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<String> DISTGIT = SCHEMA.key("distgit");
    private static final Settings.Key<String> NAMESPACE = SCHEMA.key("namespace");
    private static final Settings.Key<String> COMMITTISH = SCHEMA.key("committish");

    private final Settings settings;

    private DistgitSource(Builder builder) {
        this.settings = builder.settings.build();
    }

    /** The default branch of the package in the Copr instance's default DistGit. */
    public static DistgitSource defaults() {
        return builder().build();
    }

    /** The default branch of the package in the DistGit instance {@code distgit}, e.g. {@code fedora}. */
    public static DistgitSource of(String distgit) {
        return builder().distgit(distgit).build();
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Name of the DistGit instance, e.g. {@code fedora}; unset for the Copr instance's default. */
    public @Nullable String distgit() {
        return settings.get(DISTGIT);
    }

    /** Namespace of the repository, e.g. {@code @copr/copr} or {@code forks/someuser}. */
    public @Nullable String namespace() {
        return settings.get(NAMESPACE);
    }

    /** Branch, tag or commit to build; unset for the default branch. */
    public @Nullable String committish() {
        return settings.get(COMMITTISH);
    }

    @Override
    public SourceType sourceType() {
        return SourceType.DISTGIT;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DistgitSource that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code DistgitSource[distgit=...]}. */
    @Override
    public String toString() {
        return settings.toString("DistgitSource");
    }

    /** Builds {@link DistgitSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder() {
            this.settings = SCHEMA.builder();
        }

        private Builder(DistgitSource from) {
            this.settings = from.settings.toBuilder();
        }

        /** Name of the DistGit instance, e.g. {@code fedora}; unset for the Copr instance's default. */
        public Builder distgit(@Nullable String distgit) {
            settings.set(DISTGIT, distgit);
            return this;
        }

        /** Namespace of the repository, e.g. {@code @copr/copr} or {@code forks/someuser}. */
        public Builder namespace(@Nullable String namespace) {
            settings.set(NAMESPACE, namespace);
            return this;
        }

        /** Branch, tag or commit to build; unset for the default branch. */
        public Builder committish(@Nullable String committish) {
            settings.set(COMMITTISH, committish);
            return this;
        }

        /** The DistgitSource. */
        public DistgitSource build() {
            return new DistgitSource(this);
        }
    }
}
