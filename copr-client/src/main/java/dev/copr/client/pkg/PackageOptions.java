package dev.copr.client.pkg;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Settings;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Package settings that do not depend on the source type, sent with package add and edit next to
 * the source's fields (python-copr puts them into {@code source_dict}). A setting left unset is not
 * sent: Copr then keeps the stored value (edit) or uses its default (add).
 *
 * <pre>{@code
 * PackageOptions.builder().webhookRebuild(true).maxBuilds(10).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PackageOptions {

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<Boolean> WEBHOOK_REBUILD = SCHEMA.key("webhookRebuild");
    private static final Settings.Key<Integer> MAX_BUILDS = SCHEMA.key("maxBuilds");
    private static final Settings.Key<Duration> TIMEOUT = SCHEMA.key("timeout");
    private static final Settings.Key<List<String>> CHROOT_DENYLIST = SCHEMA.key("chrootDenylist");

    private final Settings settings;

    private PackageOptions(Builder builder) {
        this.settings = builder.settings.build();
        Integer maxBuilds = settings.get(MAX_BUILDS);
        if (maxBuilds != null && maxBuilds < 0) {
            throw new CoprValidationException("PackageOptions maxBuilds must not be negative, was " + maxBuilds);
        }
        Duration timeout = settings.get(TIMEOUT);
        if (timeout != null && timeout.toSeconds() < 1) {
            throw new CoprValidationException("PackageOptions timeout must be at least one second, was " + timeout);
        }
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
     * Rebuild on each push the project's webhook reports ({@code webhook_rebuild}; Copr answers it as {@code
     * auto_rebuild}).
     */
    public @Nullable Boolean webhookRebuild() {
        return settings.get(WEBHOOK_REBUILD);
    }

    /** Keep only this many newest builds of the package, 0 for all ({@code max_builds}, Copr allows 0 to 100). */
    public @Nullable Integer maxBuilds() {
        return settings.get(MAX_BUILDS);
    }

    /** Longest build time, sent in whole seconds ({@code timeout}). */
    public @Nullable Duration timeout() {
        return settings.get(TIMEOUT);
    }

    /**
     * Chroot name patterns (fnmatch, e.g. {@code epel-*}) never built for this package, sent comma-separated
     * ({@code chroot_denylist}); empty clears it.
     */
    public @Nullable List<String> chrootDenylist() {
        return settings.get(CHROOT_DENYLIST);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PackageOptions that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code PackageOptions[webhookRebuild=...]}. */
    @Override
    public String toString() {
        return settings.toString("PackageOptions");
    }

    /** Builds {@link PackageOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder() {
            this.settings = SCHEMA.builder();
        }

        private Builder(PackageOptions from) {
            this.settings = from.settings.toBuilder();
        }

        /**
         * Rebuild on each push the project's webhook reports ({@code webhook_rebuild}; Copr answers it as
         * {@code auto_rebuild}).
         */
        public Builder webhookRebuild(@Nullable Boolean webhookRebuild) {
            settings.set(WEBHOOK_REBUILD, webhookRebuild);
            return this;
        }

        /**
         * Keep only this many newest builds of the package, 0 for all ({@code max_builds}, Copr allows 0 to
         * 100).
         */
        public Builder maxBuilds(@Nullable Integer maxBuilds) {
            settings.set(MAX_BUILDS, maxBuilds);
            return this;
        }

        /** Longest build time, sent in whole seconds ({@code timeout}). */
        public Builder timeout(@Nullable Duration timeout) {
            settings.set(TIMEOUT, timeout);
            return this;
        }

        /**
         * Chroot name patterns (fnmatch, e.g. {@code epel-*}) never built for this package, sent
         * comma-separated ({@code chroot_denylist}); empty clears it.
         */
        public Builder chrootDenylist(@Nullable List<String> chrootDenylist) {
            settings.setList(CHROOT_DENYLIST, chrootDenylist);
            return this;
        }

        /**
         * Chroot name patterns (fnmatch, e.g. {@code epel-*}) never built for this package, sent
         * comma-separated ({@code chroot_denylist}); empty clears it.
         */
        public Builder chrootDenylist(String... chrootDenylist) {
            return chrootDenylist(List.of(chrootDenylist));
        }

        /**
         * The PackageOptions.
         * @throws CoprValidationException when a value is out of range
         */
        public PackageOptions build() {
            return new PackageOptions(this);
        }
    }
}
