package dev.copr.client.chroot;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ValueText;
import dev.copr.client.internal.Words;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final ProjectChrootOptions UNCHANGED = builder().build();

    private static final String[] NAMES = {
            "additionalPackages", "additionalRepos", "additionalModules", "comps", "deleteComps", "withOpts",
            "withoutOpts", "bootstrap", "bootstrapImage", "isolation", "resetFields"};

    private final @Nullable List<String> additionalPackages;
    private final @Nullable List<String> additionalRepos;
    private final @Nullable List<String> additionalModules;
    private final @Nullable Path comps;
    private final @Nullable Boolean deleteComps;
    private final @Nullable List<String> withOpts;
    private final @Nullable List<String> withoutOpts;
    private final @Nullable Bootstrap bootstrap;
    private final @Nullable String bootstrapImage;
    private final @Nullable Isolation isolation;
    private final @Nullable List<String> resetFields;

    private ProjectChrootOptions(Builder builder) {
        this.additionalPackages = Words.noWhitespace("ProjectChrootOptions additionalPackages",
                builder.additionalPackages);
        this.additionalRepos = Words.noWhitespace("ProjectChrootOptions additionalRepos", builder.additionalRepos);
        this.additionalModules = Words.noWhitespace("ProjectChrootOptions additionalModules",
                builder.additionalModules);
        this.comps = builder.comps;
        this.deleteComps = builder.deleteComps;
        this.withOpts = Words.noWhitespace("ProjectChrootOptions withOpts", builder.withOpts);
        this.withoutOpts = Words.noWhitespace("ProjectChrootOptions withoutOpts", builder.withoutOpts);
        this.bootstrap = builder.bootstrapImage != null ? Bootstrap.CUSTOM_IMAGE : builder.bootstrap;
        this.bootstrapImage = builder.bootstrapImage;
        this.isolation = builder.isolation;
        this.resetFields = Words.noWhitespace("ProjectChrootOptions resetFields", builder.resetFields);
        Arguments.requireSendable("ProjectChrootOptions bootstrap", bootstrap);
        Arguments.requireSendable("ProjectChrootOptions isolation", isolation);
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
        return additionalPackages;
    }

    /** Additional repositories (URLs, {@code copr://owner/project}) for the buildroot. */
    public @Nullable List<String> additionalRepos() {
        return additionalRepos;
    }

    /** Modules to enable ({@code name:stream}) or disable ({@code !name:stream}). */
    public @Nullable List<String> additionalModules() {
        return additionalModules;
    }

    /** A {@code comps.xml} file to upload. */
    public @Nullable Path comps() {
        return comps;
    }

    /** Whether to remove the current {@code comps.xml}. */
    public @Nullable Boolean deleteComps() {
        return deleteComps;
    }

    /** Mock {@code --with} options. */
    public @Nullable List<String> withOpts() {
        return withOpts;
    }

    /** Mock {@code --without} options. */
    public @Nullable List<String> withoutOpts() {
        return withoutOpts;
    }

    /**
     * The bootstrap setup; {@link Bootstrap#CUSTOM_IMAGE} whenever a {@code bootstrapImage} is given, as
     * python-copr sets it.
     */
    public @Nullable Bootstrap bootstrap() {
        return bootstrap;
    }

    /** A container image, {@code <name>[:<tag>]}, to initialise the bootstrap from. */
    public @Nullable String bootstrapImage() {
        return bootstrapImage;
    }

    /** The isolation setup. */
    public @Nullable Isolation isolation() {
        return isolation;
    }

    /**
     * Names of fields, as {@link ProjectChroot} spells them (e.g. {@code additional_packages}, {@code
     * isolation}), to reset to Copr's defaults.
     */
    public @Nullable List<String> resetFields() {
        return resetFields;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ProjectChrootOptions that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code ProjectChrootOptions[additionalPackages=...]}. */
    @Override
    public String toString() {
        return ValueText.of("ProjectChrootOptions", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                withOpts, withoutOpts, bootstrap, bootstrapImage, isolation, resetFields};
    }

    /** Builds {@link ProjectChrootOptions}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private @Nullable List<String> additionalPackages;
        private @Nullable List<String> additionalRepos;
        private @Nullable List<String> additionalModules;
        private @Nullable Path comps;
        private @Nullable Boolean deleteComps;
        private @Nullable List<String> withOpts;
        private @Nullable List<String> withoutOpts;
        private @Nullable Bootstrap bootstrap;
        private @Nullable String bootstrapImage;
        private @Nullable Isolation isolation;
        private @Nullable List<String> resetFields;

        private Builder() {
        }

        private Builder(ProjectChrootOptions from) {
            this.additionalPackages = from.additionalPackages;
            this.additionalRepos = from.additionalRepos;
            this.additionalModules = from.additionalModules;
            this.comps = from.comps;
            this.deleteComps = from.deleteComps;
            this.withOpts = from.withOpts;
            this.withoutOpts = from.withoutOpts;
            this.bootstrap = from.bootstrap;
            this.bootstrapImage = from.bootstrapImage;
            this.isolation = from.isolation;
            this.resetFields = from.resetFields;
        }

        /** Packages always installed in the minimal buildroot. */
        public Builder additionalPackages(@Nullable List<String> additionalPackages) {
            this.additionalPackages = additionalPackages == null ? null : new ArrayList<>(additionalPackages);
            return this;
        }

        /** Packages always installed in the minimal buildroot. */
        public Builder additionalPackages(String... additionalPackages) {
            return additionalPackages(List.of(additionalPackages));
        }

        /** Additional repositories (URLs, {@code copr://owner/project}) for the buildroot. */
        public Builder additionalRepos(@Nullable List<String> additionalRepos) {
            this.additionalRepos = additionalRepos == null ? null : new ArrayList<>(additionalRepos);
            return this;
        }

        /** Additional repositories (URLs, {@code copr://owner/project}) for the buildroot. */
        public Builder additionalRepos(String... additionalRepos) {
            return additionalRepos(List.of(additionalRepos));
        }

        /** Modules to enable ({@code name:stream}) or disable ({@code !name:stream}). */
        public Builder additionalModules(@Nullable List<String> additionalModules) {
            this.additionalModules = additionalModules == null ? null : new ArrayList<>(additionalModules);
            return this;
        }

        /** Modules to enable ({@code name:stream}) or disable ({@code !name:stream}). */
        public Builder additionalModules(String... additionalModules) {
            return additionalModules(List.of(additionalModules));
        }

        /** A {@code comps.xml} file to upload. */
        public Builder comps(@Nullable Path comps) {
            this.comps = comps;
            return this;
        }

        /** Whether to remove the current {@code comps.xml}. */
        public Builder deleteComps(@Nullable Boolean deleteComps) {
            this.deleteComps = deleteComps;
            return this;
        }

        /** Mock {@code --with} options. */
        public Builder withOpts(@Nullable List<String> withOpts) {
            this.withOpts = withOpts == null ? null : new ArrayList<>(withOpts);
            return this;
        }

        /** Mock {@code --with} options. */
        public Builder withOpts(String... withOpts) {
            return withOpts(List.of(withOpts));
        }

        /** Mock {@code --without} options. */
        public Builder withoutOpts(@Nullable List<String> withoutOpts) {
            this.withoutOpts = withoutOpts == null ? null : new ArrayList<>(withoutOpts);
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
            this.bootstrap = bootstrap;
            return this;
        }

        /** A container image, {@code <name>[:<tag>]}, to initialise the bootstrap from. */
        public Builder bootstrapImage(@Nullable String bootstrapImage) {
            this.bootstrapImage = bootstrapImage;
            return this;
        }

        /** The isolation setup. */
        public Builder isolation(@Nullable Isolation isolation) {
            this.isolation = isolation;
            return this;
        }

        /**
         * Names of fields, as {@link ProjectChroot} spells them (e.g. {@code additional_packages}, {@code
         * isolation}), to reset to Copr's defaults.
         */
        public Builder resetFields(@Nullable List<String> resetFields) {
            this.resetFields = resetFields == null ? null : new ArrayList<>(resetFields);
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
