package dev.copr.client.project;

import dev.copr.client.internal.Settings;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a new project, for {@link ProjectProxy#add}: python-copr's keyword arguments of
 * {@code add()}, that is the {@linkplain AbstractProjectOptions shared settings} and those only a new
 * project takes ({@code persistent}, {@code storage}, {@code existOk}). The chroots are {@code add}'s own
 * argument.
 *
 * <p>A setting left unset is not sent, and Copr then applies its own default; those defaults are exactly
 * the values python-copr's {@code add()} sends when its caller leaves them out: {@code unlisted_on_hp},
 * {@code enable_net}, {@code persistent}, {@code devel_mode}, {@code multilib}, {@code module_hotfixes},
 * {@code fedora_review} and {@code appstream} false; {@code auto_prune} and {@code follow_fedora_branching}
 * true; bootstrap and isolation {@code default}; no deletion date, repository priority or extra
 * repositories; the instance's default storage. So a project added with {@link #none()} is the same as one
 * python-copr adds with its defaults.
 *
 * <pre>{@code
 * NewProjectOptions.builder().description("Nightly builds").enableNet(true).deleteAfter(Duration.ofDays(30)).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NewProjectOptions extends AbstractProjectOptions {

    private static final NewProjectOptions NONE = builder().build();

    private NewProjectOptions(Builder builder) {
        super(builder);
    }

    /** No settings: Copr's defaults. */
    public static NewProjectOptions none() {
        return NONE;
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder(SCHEMA.builder());
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(settings.toBuilder());
    }

    /** The project and its builds can never be deleted (Copr admins only). */
    public @Nullable Boolean persistent() {
        return settings.get(PERSISTENT);
    }

    /**
     * Answer with the existing project instead of an error when it already exists (its settings are then
     * not changed).
     */
    public @Nullable Boolean existOk() {
        return settings.get(EXIST_OK);
    }

    /** Where build results are stored (Copr admins only). */
    public @Nullable Storage storage() {
        return settings.get(STORAGE);
    }

    /** Builds {@link NewProjectOptions}; each method sets one setting, null unsets it. */
    public static final class Builder extends AbstractProjectOptions.Builder<Builder> {

        private Builder(Settings.Builder settings) {
            super("NewProjectOptions", settings);
        }

        @Override
        Builder self() {
            return this;
        }

        /** The project and its builds can never be deleted (Copr admins only). */
        public Builder persistent(@Nullable Boolean persistent) {
            settings.set(PERSISTENT, persistent);
            return this;
        }

        /**
         * Answer with the existing project instead of an error when it already exists (its settings are then
         * not changed).
         */
        public Builder existOk(@Nullable Boolean existOk) {
            settings.set(EXIST_OK, existOk);
            return this;
        }

        /** Where build results are stored (Copr admins only). */
        public Builder storage(@Nullable Storage storage) {
            settings.set(STORAGE, storage);
            return this;
        }

        /**
         * The NewProjectOptions.
         * @throws dev.copr.client.exception.CoprValidationException when a value is out of Copr's range or unknown
         */
        @Override
        public NewProjectOptions build() {
            return new NewProjectOptions(this);
        }
    }
}
