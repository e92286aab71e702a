package dev.copr.client.build;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.time.Duration;
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

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<List<String>> CHROOTS = SCHEMA.key("chroots");
    private static final Settings.Key<List<String>> EXCLUDE_CHROOTS = SCHEMA.key("excludeChroots");
    private static final Settings.Key<Duration> TIMEOUT = SCHEMA.key("timeout");
    private static final Settings.Key<Boolean> BACKGROUND = SCHEMA.key("background");
    private static final Settings.Key<Bootstrap> BOOTSTRAP = SCHEMA.key("bootstrap");
    private static final Settings.Key<Isolation> ISOLATION = SCHEMA.key("isolation");
    private static final Settings.Key<Long> AFTER_BUILD_ID = SCHEMA.key("afterBuildId");
    private static final Settings.Key<Long> WITH_BUILD_ID = SCHEMA.key("withBuildId");
    private static final Settings.Key<Boolean> ENABLE_NET = SCHEMA.key("enableNet");
    private static final Settings.Key<String> PACKIT_FORGE_PROJECT = SCHEMA.key("packitForgeProject");
    private static final Settings.Key<String> PROJECT_DIRNAME = SCHEMA.key("projectDirname");

    private static final BuildOptions NONE = builder().build();

    private final Settings settings;

    private BuildOptions(Builder builder) {
        this.settings = builder.settings.build();
        Duration timeout = settings.get(TIMEOUT);
        if (timeout != null && timeout.toSeconds() < 1) {
            throw new CoprValidationException("BuildOptions timeout must be at least one second, was " + timeout);
        }
        Long afterBuildId = settings.get(AFTER_BUILD_ID);
        Long withBuildId = settings.get(WITH_BUILD_ID);
        if (afterBuildId != null && withBuildId != null) {
            throw new CoprValidationException("BuildOptions afterBuildId " + afterBuildId + " and withBuildId "
                    + withBuildId + " exclude each other: a build either starts a batch after another or joins one");
        }
        Arguments.requireSendable("BuildOptions bootstrap", settings.get(BOOTSTRAP));
        Arguments.requireSendable("BuildOptions isolation", settings.get(ISOLATION));
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
        return settings.get(CHROOTS);
    }

    /**
     * Chroots (patterns allowed) taken away from {@code chroots}, or from all of the project's chroots when
     * {@code chroots} is empty.
     */
    public @Nullable List<String> excludeChroots() {
        return settings.get(EXCLUDE_CHROOTS);
    }

    /** Longest build time, sent in whole seconds; Copr checks it against its limits. */
    public @Nullable Duration timeout() {
        return settings.get(TIMEOUT);
    }

    /** Whether it is a low-priority background build. */
    public @Nullable Boolean background() {
        return settings.get(BACKGROUND);
    }

    /** Mock bootstrap for this build; {@link Bootstrap#UNCHANGED} keeps the project's and chroot's setting. */
    public @Nullable Bootstrap bootstrap() {
        return settings.get(BOOTSTRAP);
    }

    /** Build isolation for this build; {@link Isolation#UNCHANGED} keeps the project's and chroot's setting. */
    public @Nullable Isolation isolation() {
        return settings.get(ISOLATION);
    }

    /** Start a new batch that runs after the batch of this build. */
    public @Nullable Long afterBuildId() {
        return settings.get(AFTER_BUILD_ID);
    }

    /** Join the batch of this build (not together with {@code afterBuildId}). */
    public @Nullable Long withBuildId() {
        return settings.get(WITH_BUILD_ID);
    }

    /** Whether the build may use the network, overriding the project's setting. */
    public @Nullable Boolean enableNet() {
        return settings.get(ENABLE_NET);
    }

    /** Forge project Packit builds for; Copr checks that the project allows it. */
    public @Nullable String packitForgeProject() {
        return settings.get(PACKIT_FORGE_PROJECT);
    }

    /** The project directory (CoprDir) to build into, e.g. {@code project:pr:12}. */
    public @Nullable String projectDirname() {
        return settings.get(PROJECT_DIRNAME);
    }

    /** These options with the batch settings replaced: at most one of them set. */
    BuildOptions inBatch(@Nullable Long afterBuildId, @Nullable Long withBuildId) {
        Builder builder = toBuilder();
        builder.settings.set(AFTER_BUILD_ID, afterBuildId).set(WITH_BUILD_ID, withBuildId);
        return builder.build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BuildOptions that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code BuildOptions[chroots=...]}. */
    @Override
    public String toString() {
        return settings.toString("BuildOptions");
    }

    /** Builds {@link BuildOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder() {
            this.settings = SCHEMA.builder();
        }

        private Builder(BuildOptions from) {
            this.settings = from.settings.toBuilder();
        }

        /**
         * Chroots to build in, fnmatch patterns allowed ({@code fedora-*-x86_64}); they must match active
         * chroots of the project. Unset or empty for all of them.
         */
        public Builder chroots(@Nullable List<String> chroots) {
            settings.setList(CHROOTS, chroots);
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
            settings.setList(EXCLUDE_CHROOTS, excludeChroots);
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
            settings.set(TIMEOUT, timeout);
            return this;
        }

        /** Whether it is a low-priority background build. */
        public Builder background(@Nullable Boolean background) {
            settings.set(BACKGROUND, background);
            return this;
        }

        /**
         * Mock bootstrap for this build; {@link Bootstrap#UNCHANGED} keeps the project's and chroot's
         * setting.
         */
        public Builder bootstrap(@Nullable Bootstrap bootstrap) {
            settings.set(BOOTSTRAP, bootstrap);
            return this;
        }

        /**
         * Build isolation for this build; {@link Isolation#UNCHANGED} keeps the project's and chroot's
         * setting.
         */
        public Builder isolation(@Nullable Isolation isolation) {
            settings.set(ISOLATION, isolation);
            return this;
        }

        /** Start a new batch that runs after the batch of this build. */
        public Builder afterBuildId(long afterBuildId) {
            settings.set(AFTER_BUILD_ID, afterBuildId);
            return this;
        }

        /** Join the batch of this build (not together with {@code afterBuildId}). */
        public Builder withBuildId(long withBuildId) {
            settings.set(WITH_BUILD_ID, withBuildId);
            return this;
        }

        /** Whether the build may use the network, overriding the project's setting. */
        public Builder enableNet(@Nullable Boolean enableNet) {
            settings.set(ENABLE_NET, enableNet);
            return this;
        }

        /** Forge project Packit builds for; Copr checks that the project allows it. */
        public Builder packitForgeProject(@Nullable String packitForgeProject) {
            settings.set(PACKIT_FORGE_PROJECT, packitForgeProject);
            return this;
        }

        /** The project directory (CoprDir) to build into, e.g. {@code project:pr:12}. */
        public Builder projectDirname(@Nullable String projectDirname) {
            settings.set(PROJECT_DIRNAME, projectDirname);
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
