package dev.copr.client.project;

import dev.copr.client.internal.Settings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The settings {@link ProjectProxy#edit} changes, python-copr's keyword arguments of {@code edit()}: the
 * {@linkplain AbstractProjectOptions shared settings} and the project's chroots. Only the settings that are
 * set are sent and changed; the settings only a new project takes are in {@link NewProjectOptions}.
 *
 * <pre>{@code
 * ProjectOptions.builder().description("Nightly builds").chroots("fedora-rawhide-x86_64").build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProjectOptions extends AbstractProjectOptions {

    private ProjectOptions(Builder builder) {
        super(builder);
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder(SCHEMA.builder());
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(settings.toBuilder());
    }

    /** The complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}. */
    public @Nullable List<String> chroots() {
        return settings.get(CHROOTS);
    }

    /** Builds {@link ProjectOptions}; each method sets one setting, null unsets it. */
    public static final class Builder extends AbstractProjectOptions.Builder<Builder> {

        private Builder(Settings.Builder settings) {
            super("ProjectOptions", settings);
        }

        @Override
        Builder self() {
            return this;
        }

        /** The complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}. */
        public Builder chroots(@Nullable List<String> chroots) {
            settings.setList(CHROOTS, chroots);
            return this;
        }

        /** The complete new set of enabled chroots, e.g. {@code fedora-rawhide-x86_64}. */
        public Builder chroots(String... chroots) {
            return chroots(List.of(chroots));
        }

        /**
         * The ProjectOptions.
         * @throws dev.copr.client.exception.CoprValidationException when a value is out of Copr's range or unknown
         */
        @Override
        public ProjectOptions build() {
            return new ProjectOptions(this);
        }
    }
}
