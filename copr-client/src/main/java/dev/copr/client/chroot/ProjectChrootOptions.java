package dev.copr.client.chroot;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;
import dev.copr.client.internal.Words;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@link ProjectChrootProxy#edit} changes in one chroot of a project: python-copr's optional
 * arguments of {@code ProjectChrootProxy.edit}. A setting left unset is not sent and Copr keeps its
 * value. Copr joins list entries with spaces, so an entry must not contain whitespace; an empty
 * list clears the setting, except {@code additionalModules}, which Copr then leaves unchanged
 * (clear it with {@code resetFields("additional_modules")}).
 *
 * <pre>{@code
 * ProjectChrootOptions.builder().additionalPackages("gcc", "make").isolation(Isolation.NSPAWN).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProjectChrootOptions {

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<List<String>> ADDITIONAL_PACKAGES = SCHEMA.key("additionalPackages");
    private static final Settings.Key<List<String>> ADDITIONAL_REPOS = SCHEMA.key("additionalRepos");
    private static final Settings.Key<List<String>> ADDITIONAL_MODULES = SCHEMA.key("additionalModules");
    private static final Settings.Key<Path> COMPS = SCHEMA.key("comps");
    private static final Settings.Key<Boolean> DELETE_COMPS = SCHEMA.key("deleteComps");
    private static final Settings.Key<List<String>> WITH_OPTS = SCHEMA.key("withOpts");
    private static final Settings.Key<List<String>> WITHOUT_OPTS = SCHEMA.key("withoutOpts");
    private static final Settings.Key<Bootstrap> BOOTSTRAP = SCHEMA.key("bootstrap");
    private static final Settings.Key<String> BOOTSTRAP_IMAGE = SCHEMA.key("bootstrapImage");
    private static final Settings.Key<Isolation> ISOLATION = SCHEMA.key("isolation");
    private static final Settings.Key<List<String>> RESET_FIELDS = SCHEMA.key("resetFields");

    private static final ProjectChrootOptions UNCHANGED = builder().build();

    private final Settings settings;

    private ProjectChrootOptions(Builder builder) {
        Settings set = builder.settings.build();
        this.settings = set.get(BOOTSTRAP_IMAGE) == null ? set
                : set.toBuilder().set(BOOTSTRAP, Bootstrap.CUSTOM_IMAGE).build();
        for (Settings.Key<List<String>> words : List.of(ADDITIONAL_PACKAGES, ADDITIONAL_REPOS, ADDITIONAL_MODULES,
                WITH_OPTS, WITHOUT_OPTS, RESET_FIELDS)) {
            Words.requireNoWhitespace("ProjectChrootOptions " + words.name(), settings.get(words));
        }
        Arguments.requireSendable("ProjectChrootOptions bootstrap", settings.get(BOOTSTRAP));
        Arguments.requireSendable("ProjectChrootOptions isolation", settings.get(ISOLATION));
    }

    /** Nothing changes. */
    public static ProjectChrootOptions unchanged() {
        return UNCHANGED;
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Packages always installed in the minimal buildroot. */
    public @Nullable List<String> additionalPackages() {
        return settings.get(ADDITIONAL_PACKAGES);
    }

    /** Additional repositories (URLs, {@code copr://owner/project}) for the buildroot. */
    public @Nullable List<String> additionalRepos() {
        return settings.get(ADDITIONAL_REPOS);
    }

    /** Modules to enable ({@code name:stream}) or disable ({@code !name:stream}). */
    public @Nullable List<String> additionalModules() {
        return settings.get(ADDITIONAL_MODULES);
    }

    /** A {@code comps.xml} file to upload. */
    public @Nullable Path comps() {
        return settings.get(COMPS);
    }

    /** Whether to remove the current {@code comps.xml}. */
    public @Nullable Boolean deleteComps() {
        return settings.get(DELETE_COMPS);
    }

    /** Mock {@code --with} options. */
    public @Nullable List<String> withOpts() {
        return settings.get(WITH_OPTS);
    }

    /** Mock {@code --without} options. */
    public @Nullable List<String> withoutOpts() {
        return settings.get(WITHOUT_OPTS);
    }

    /**
     * The bootstrap setup; {@link Bootstrap#CUSTOM_IMAGE} whenever a {@code bootstrapImage} is given, as
     * python-copr sets it.
     */
    public @Nullable Bootstrap bootstrap() {
        return settings.get(BOOTSTRAP);
    }

    /** A container image, {@code <name>[:<tag>]}, to initialise the bootstrap from. */
    public @Nullable String bootstrapImage() {
        return settings.get(BOOTSTRAP_IMAGE);
    }

    /** The isolation setup. */
    public @Nullable Isolation isolation() {
        return settings.get(ISOLATION);
    }

    /**
     * Names of fields, as {@link ProjectChroot} spells them (e.g. {@code additional_packages}, {@code
     * isolation}), to reset to Copr's defaults.
     */
    public @Nullable List<String> resetFields() {
        return settings.get(RESET_FIELDS);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProjectChrootOptions that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code ProjectChrootOptions[additionalPackages=...]}. */
    @Override
    public String toString() {
        return settings.toString("ProjectChrootOptions");
    }

    /** Builds {@link ProjectChrootOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder() {
            this.settings = SCHEMA.builder();
        }

        private Builder(ProjectChrootOptions from) {
            this.settings = from.settings.toBuilder();
        }

        /** Packages always installed in the minimal buildroot. */
        public Builder additionalPackages(@Nullable List<String> additionalPackages) {
            settings.setList(ADDITIONAL_PACKAGES, additionalPackages);
            return this;
        }

        /** Packages always installed in the minimal buildroot. */
        public Builder additionalPackages(String... additionalPackages) {
            return additionalPackages(List.of(additionalPackages));
        }

        /** Additional repositories (URLs, {@code copr://owner/project}) for the buildroot. */
        public Builder additionalRepos(@Nullable List<String> additionalRepos) {
            settings.setList(ADDITIONAL_REPOS, additionalRepos);
            return this;
        }

        /** Additional repositories (URLs, {@code copr://owner/project}) for the buildroot. */
        public Builder additionalRepos(String... additionalRepos) {
            return additionalRepos(List.of(additionalRepos));
        }

        /** Modules to enable ({@code name:stream}) or disable ({@code !name:stream}). */
        public Builder additionalModules(@Nullable List<String> additionalModules) {
            settings.setList(ADDITIONAL_MODULES, additionalModules);
            return this;
        }

        /** Modules to enable ({@code name:stream}) or disable ({@code !name:stream}). */
        public Builder additionalModules(String... additionalModules) {
            return additionalModules(List.of(additionalModules));
        }

        /** A {@code comps.xml} file to upload. */
        public Builder comps(@Nullable Path comps) {
            settings.set(COMPS, comps);
            return this;
        }

        /** Whether to remove the current {@code comps.xml}. */
        public Builder deleteComps(@Nullable Boolean deleteComps) {
            settings.set(DELETE_COMPS, deleteComps);
            return this;
        }

        /** Mock {@code --with} options. */
        public Builder withOpts(@Nullable List<String> withOpts) {
            settings.setList(WITH_OPTS, withOpts);
            return this;
        }

        /** Mock {@code --with} options. */
        public Builder withOpts(String... withOpts) {
            return withOpts(List.of(withOpts));
        }

        /** Mock {@code --without} options. */
        public Builder withoutOpts(@Nullable List<String> withoutOpts) {
            settings.setList(WITHOUT_OPTS, withoutOpts);
            return this;
        }

        /** Mock {@code --without} options. */
        public Builder withoutOpts(String... withoutOpts) {
            return withoutOpts(List.of(withoutOpts));
        }

        /**
         * The bootstrap setup; {@link Bootstrap#CUSTOM_IMAGE} whenever a {@code bootstrapImage} is given, as
         * python-copr sets it.
         */
        public Builder bootstrap(@Nullable Bootstrap bootstrap) {
            settings.set(BOOTSTRAP, bootstrap);
            return this;
        }

        /** A container image, {@code <name>[:<tag>]}, to initialise the bootstrap from. */
        public Builder bootstrapImage(@Nullable String bootstrapImage) {
            settings.set(BOOTSTRAP_IMAGE, bootstrapImage);
            return this;
        }

        /** The isolation setup. */
        public Builder isolation(@Nullable Isolation isolation) {
            settings.set(ISOLATION, isolation);
            return this;
        }

        /**
         * Names of fields, as {@link ProjectChroot} spells them (e.g. {@code additional_packages}, {@code
         * isolation}), to reset to Copr's defaults.
         */
        public Builder resetFields(@Nullable List<String> resetFields) {
            settings.setList(RESET_FIELDS, resetFields);
            return this;
        }

        /**
         * Names of fields, as {@link ProjectChroot} spells them (e.g. {@code additional_packages}, {@code
         * isolation}), to reset to Copr's defaults.
         */
        public Builder resetFields(String... resetFields) {
            return resetFields(List.of(resetFields));
        }

        /**
         * The ProjectChrootOptions.
         * @throws CoprValidationException when a list entry is blank or holds whitespace
         */
        public ProjectChrootOptions build() {
            return new ProjectChrootOptions(this);
        }
    }
}
