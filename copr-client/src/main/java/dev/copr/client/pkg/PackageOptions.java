package dev.copr.client.pkg;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.ValueText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String[] NAMES = {"webhookRebuild", "maxBuilds", "timeout", "chrootDenylist"};

    private final @Nullable Boolean webhookRebuild;
    private final @Nullable Integer maxBuilds;
    private final @Nullable Duration timeout;
    private final @Nullable List<String> chrootDenylist;

    private PackageOptions(Builder builder) {
        this.webhookRebuild = builder.webhookRebuild;
        this.maxBuilds = builder.maxBuilds;
        this.timeout = builder.timeout;
        this.chrootDenylist = builder.chrootDenylist == null ? null : List.copyOf(builder.chrootDenylist);
        if (maxBuilds != null && maxBuilds < 0) {
            throw new CoprValidationException("PackageOptions maxBuilds must not be negative, was " + maxBuilds);
        }
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
        return webhookRebuild;
    }

    /** Keep only this many newest builds of the package, 0 for all ({@code max_builds}, Copr allows 0 to 100). */
    public @Nullable Integer maxBuilds() {
        return maxBuilds;
    }

    /** Longest build time, sent in whole seconds ({@code timeout}). */
    public @Nullable Duration timeout() {
        return timeout;
    }

    /**
     * Chroot name patterns (fnmatch, e.g. {@code epel-*}) never built for this package, sent comma-separated
     * ({@code chroot_denylist}); empty clears it.
     */
    public @Nullable List<String> chrootDenylist() {
        return chrootDenylist;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PackageOptions that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code PackageOptions[webhookRebuild=...]}. */
    @Override
    public String toString() {
        return ValueText.of("PackageOptions", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {webhookRebuild, maxBuilds, timeout, chrootDenylist};
    }

    /** Builds {@link PackageOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private @Nullable Boolean webhookRebuild;
        private @Nullable Integer maxBuilds;
        private @Nullable Duration timeout;
        private @Nullable List<String> chrootDenylist;

        private Builder() {
        }

        private Builder(PackageOptions from) {
            this.webhookRebuild = from.webhookRebuild;
            this.maxBuilds = from.maxBuilds;
            this.timeout = from.timeout;
            this.chrootDenylist = from.chrootDenylist;
        }

        /**
         * Rebuild on each push the project's webhook reports ({@code webhook_rebuild}; Copr answers it as
         * {@code auto_rebuild}).
         */
        public Builder webhookRebuild(@Nullable Boolean webhookRebuild) {
            this.webhookRebuild = webhookRebuild;
            return this;
        }

        /**
         * Keep only this many newest builds of the package, 0 for all ({@code max_builds}, Copr allows 0 to
         * 100).
         */
        public Builder maxBuilds(@Nullable Integer maxBuilds) {
            this.maxBuilds = maxBuilds;
            return this;
        }

        /** Longest build time, sent in whole seconds ({@code timeout}). */
        public Builder timeout(@Nullable Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Chroot name patterns (fnmatch, e.g. {@code epel-*}) never built for this package, sent
         * comma-separated ({@code chroot_denylist}); empty clears it.
         */
        public Builder chrootDenylist(@Nullable List<String> chrootDenylist) {
            this.chrootDenylist = chrootDenylist == null ? null : new ArrayList<>(chrootDenylist);
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
