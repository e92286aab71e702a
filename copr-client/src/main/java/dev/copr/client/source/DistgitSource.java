package dev.copr.client.source;

import dev.copr.client.internal.ValueText;

import java.util.Arrays;

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

    private static final String[] NAMES = {"distgit", "namespace", "committish"};

    private final @Nullable String distgit;
    private final @Nullable String namespace;
    private final @Nullable String committish;

    private DistgitSource(Builder builder) {
        this.distgit = builder.distgit;
        this.namespace = builder.namespace;
        this.committish = builder.committish;
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
        return distgit;
    }

    /** Namespace of the repository, e.g. {@code @copr/copr} or {@code forks/someuser}. */
    public @Nullable String namespace() {
        return namespace;
    }

    /** Branch, tag or commit to build; unset for the default branch. */
    public @Nullable String committish() {
        return committish;
    }

    @Override
    public SourceType sourceType() {
        return SourceType.DISTGIT;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DistgitSource that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code DistgitSource[distgit=...]}. */
    @Override
    public String toString() {
        return ValueText.of("DistgitSource", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {distgit, namespace, committish};
    }

    /** Builds {@link DistgitSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private @Nullable String distgit;
        private @Nullable String namespace;
        private @Nullable String committish;

        private Builder() {
        }

        private Builder(DistgitSource from) {
            this.distgit = from.distgit;
            this.namespace = from.namespace;
            this.committish = from.committish;
        }

        /** Name of the DistGit instance, e.g. {@code fedora}; unset for the Copr instance's default. */
        public Builder distgit(@Nullable String distgit) {
            this.distgit = distgit;
            return this;
        }

        /** Namespace of the repository, e.g. {@code @copr/copr} or {@code forks/someuser}. */
        public Builder namespace(@Nullable String namespace) {
            this.namespace = namespace;
            return this;
        }

        /** Branch, tag or commit to build; unset for the default branch. */
        public Builder committish(@Nullable String committish) {
            this.committish = committish;
            return this;
        }

        /** The DistgitSource. */
        public DistgitSource build() {
            return new DistgitSource(this);
        }
    }
}
