package dev.copr.client.build;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ValueText;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Options of a new build, python-copr's {@code buildopts} plus {@code project_dirname}; merged into
 * the top level of the request's JSON. A setting left unset is not sent and Copr uses the
 * project's (or package's) setting.
 *
 * <pre>{@code
 * BuildOptions.builder().chroots("fedora-41-x86_64", "epel-9-*").timeout(Duration.ofHours(10)).background(true).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BuildOptions {

    private static final BuildOptions NONE = builder().build();

    private static final String[] NAMES = {
            "chroots", "excludeChroots", "timeout", "background", "bootstrap", "isolation", "afterBuildId",
            "withBuildId", "enableNet", "packitForgeProject", "projectDirname"};

    private final @Nullable List<String> chroots;
    private final @Nullable List<String> excludeChroots;
    private final @Nullable Duration timeout;
    private final @Nullable Boolean background;
    private final @Nullable Bootstrap bootstrap;
    private final @Nullable Isolation isolation;
    private final @Nullable Long afterBuildId;
    private final @Nullable Long withBuildId;
    private final @Nullable Boolean enableNet;
    private final @Nullable String packitForgeProject;
    private final @Nullable String projectDirname;

    private BuildOptions(Builder builder) {
        this.chroots = builder.chroots == null ? null : List.copyOf(builder.chroots);
        this.excludeChroots = builder.excludeChroots == null ? null : List.copyOf(builder.excludeChroots);
        this.timeout = builder.timeout;
        this.background = builder.background;
        this.bootstrap = builder.bootstrap;
        this.isolation = builder.isolation;
        this.afterBuildId = builder.afterBuildId;
        this.withBuildId = builder.withBuildId;
        this.enableNet = builder.enableNet;
        this.packitForgeProject = builder.packitForgeProject;
        this.projectDirname = builder.projectDirname;
        if (timeout != null && timeout.toSeconds() < 1) {
            throw new CoprValidationException("BuildOptions timeout must be at least one second, was " + timeout);
        }
        if (afterBuildId != null && withBuildId != null) {
            throw new CoprValidationException("BuildOptions afterBuildId " + afterBuildId + " and withBuildId "
                    + withBuildId + " exclude each other: a build either starts a batch after another or joins one");
        }
        Arguments.requireSendable("BuildOptions bootstrap", bootstrap);
        Arguments.requireSendable("BuildOptions isolation", isolation);
    }

    /** No options: Copr's and the project's defaults. */
    public static BuildOptions none() {
        return NONE;
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Chroots to build in, fnmatch patterns allowed ({@code fedora-*-x86_64}); they must match active chroots
     * of the project. Unset or empty for all of them.
     */
    public @Nullable List<String> chroots() {
        return chroots;
    }

    /**
     * Chroots (patterns allowed) taken away from {@code chroots}, or from all of the project's chroots when
     * {@code chroots} is empty.
     */
    public @Nullable List<String> excludeChroots() {
        return excludeChroots;
    }

    /** Longest build time, sent in whole seconds; Copr checks it against its limits. */
    public @Nullable Duration timeout() {
        return timeout;
    }

    /** Whether it is a low-priority background build. */
    public @Nullable Boolean background() {
        return background;
    }

    /** Mock bootstrap for this build; {@link Bootstrap#UNCHANGED} keeps the project's and chroot's setting. */
    public @Nullable Bootstrap bootstrap() {
        return bootstrap;
    }

    /** Build isolation for this build; {@link Isolation#UNCHANGED} keeps the project's and chroot's setting. */
    public @Nullable Isolation isolation() {
        return isolation;
    }

    /** Start a new batch that runs after the batch of this build. */
    public @Nullable Long afterBuildId() {
        return afterBuildId;
    }

    /** Join the batch of this build (not together with {@code afterBuildId}). */
    public @Nullable Long withBuildId() {
        return withBuildId;
    }

    /** Whether the build may use the network, overriding the project's setting. */
    public @Nullable Boolean enableNet() {
        return enableNet;
    }

    /** Forge project Packit builds for; Copr checks that the project allows it. */
    public @Nullable String packitForgeProject() {
        return packitForgeProject;
    }

    /** The project directory (CoprDir) to build into, e.g. {@code project:pr:12}. */
    public @Nullable String projectDirname() {
        return projectDirname;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BuildOptions that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code BuildOptions[chroots=...]}. */
    @Override
    public String toString() {
        return ValueText.of("BuildOptions", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {chroots, excludeChroots, timeout, background, bootstrap, isolation,
                afterBuildId, withBuildId, enableNet, packitForgeProject, projectDirname};
    }

    /** Builds {@link BuildOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private @Nullable List<String> chroots;
        private @Nullable List<String> excludeChroots;
        private @Nullable Duration timeout;
        private @Nullable Boolean background;
        private @Nullable Bootstrap bootstrap;
        private @Nullable Isolation isolation;
        private @Nullable Long afterBuildId;
        private @Nullable Long withBuildId;
        private @Nullable Boolean enableNet;
        private @Nullable String packitForgeProject;
        private @Nullable String projectDirname;

        private Builder() {
        }

        private Builder(BuildOptions from) {
            this.chroots = from.chroots;
            this.excludeChroots = from.excludeChroots;
            this.timeout = from.timeout;
            this.background = from.background;
            this.bootstrap = from.bootstrap;
            this.isolation = from.isolation;
            this.afterBuildId = from.afterBuildId;
            this.withBuildId = from.withBuildId;
            this.enableNet = from.enableNet;
            this.packitForgeProject = from.packitForgeProject;
            this.projectDirname = from.projectDirname;
        }

        /**
         * Chroots to build in, fnmatch patterns allowed ({@code fedora-*-x86_64}); they must match active
         * chroots of the project. Unset or empty for all of them.
         */
        public Builder chroots(@Nullable List<String> chroots) {
            this.chroots = chroots == null ? null : new ArrayList<>(chroots);
            return this;
        }

        /**
         * Chroots to build in, fnmatch patterns allowed ({@code fedora-*-x86_64}); they must match active
         * chroots of the project. Unset or empty for all of them.
         */
        public Builder chroots(String... chroots) {
            return chroots(List.of(chroots));
        }

        /**
         * Chroots (patterns allowed) taken away from {@code chroots}, or from all of the project's chroots
         * when {@code chroots} is empty.
         */
        public Builder excludeChroots(@Nullable List<String> excludeChroots) {
            this.excludeChroots = excludeChroots == null ? null : new ArrayList<>(excludeChroots);
            return this;
        }

        /**
         * Chroots (patterns allowed) taken away from {@code chroots}, or from all of the project's chroots
         * when {@code chroots} is empty.
         */
        public Builder excludeChroots(String... excludeChroots) {
            return excludeChroots(List.of(excludeChroots));
        }

        /** Longest build time, sent in whole seconds; Copr checks it against its limits. */
        public Builder timeout(@Nullable Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Whether it is a low-priority background build. */
        public Builder background(@Nullable Boolean background) {
            this.background = background;
            return this;
        }

        /**
         * Mock bootstrap for this build; {@link Bootstrap#UNCHANGED} keeps the project's and chroot's
         * setting.
         */
        public Builder bootstrap(@Nullable Bootstrap bootstrap) {
            this.bootstrap = bootstrap;
            return this;
        }

        /**
         * Build isolation for this build; {@link Isolation#UNCHANGED} keeps the project's and chroot's
         * setting.
         */
        public Builder isolation(@Nullable Isolation isolation) {
            this.isolation = isolation;
            return this;
        }

        /** Start a new batch that runs after the batch of this build. */
        public Builder afterBuildId(long afterBuildId) {
            this.afterBuildId = afterBuildId;
            return this;
        }

        /** Join the batch of this build (not together with {@code afterBuildId}). */
        public Builder withBuildId(long withBuildId) {
            this.withBuildId = withBuildId;
            return this;
        }

        /** Whether the build may use the network, overriding the project's setting. */
        public Builder enableNet(@Nullable Boolean enableNet) {
            this.enableNet = enableNet;
            return this;
        }

        /** Forge project Packit builds for; Copr checks that the project allows it. */
        public Builder packitForgeProject(@Nullable String packitForgeProject) {
            this.packitForgeProject = packitForgeProject;
            return this;
        }

        /** The project directory (CoprDir) to build into, e.g. {@code project:pr:12}. */
        public Builder projectDirname(@Nullable String projectDirname) {
            this.projectDirname = projectDirname;
            return this;
        }

        /**
         * The BuildOptions.
         * @throws CoprValidationException when a value is out of range or two settings exclude each other
         */
        public BuildOptions build() {
            return new BuildOptions(this);
        }
    }
}
