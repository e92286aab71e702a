package dev.copr.client.source;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.Settings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Sources made by a script that Copr runs in a mock chroot, Copr's source type {@code custom}.
 * The fields carry the server's names ({@code chroot}, {@code builddeps}, ...), which python-copr's
 * {@code create_from_custom} spells {@code script_chroot}, {@code script_builddeps}, ...
 *
 * <pre>{@code
 * CustomSource.builder(script).chroot("fedora-latest-x86_64").builddeps("git", "make").resultdir("out").build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CustomSource implements PackageSource {

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<String> SCRIPT = SCHEMA.key("script");
    private static final Settings.Key<String> CHROOT = SCHEMA.key("chroot");
    private static final Settings.Key<List<String>> BUILDDEPS = SCHEMA.key("builddeps");
    private static final Settings.Key<String> RESULTDIR = SCHEMA.key("resultdir");
    private static final Settings.Key<List<String>> REPOS = SCHEMA.key("repos");

    private final Settings settings;

    private CustomSource(Builder builder) {
        this.settings = builder.settings.build();
        Arguments.requireText("script", settings.get(SCRIPT));
    }

    /** Sources made by {@code script}, with Copr's defaults for everything else. */
    public static CustomSource of(String script) {
        return builder(script).build();
    }

    /** A builder with {@code script} and every other setting unset. */
    public static Builder builder(String script) {
        return new Builder(script);
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The script (at most 4 kB). */
    public String script() {
        return settings.require(SCRIPT);
    }

    /** Mock chroot the script runs in; Copr's default is {@code fedora-latest-x86_64}. */
    public @Nullable String chroot() {
        return settings.get(CHROOT);
    }

    /** Packages the script needs. */
    public @Nullable List<String> builddeps() {
        return settings.get(BUILDDEPS);
    }

    /** Directory, relative to the script's working directory, where it leaves the sources and spec file. */
    public @Nullable String resultdir() {
        return settings.get(RESULTDIR);
    }

    /** URLs of extra repositories for {@code builddeps}. */
    public @Nullable List<String> repos() {
        return settings.get(REPOS);
    }

    @Override
    public SourceType sourceType() {
        return SourceType.CUSTOM;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CustomSource that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code CustomSource[script=...]}. */
    @Override
    public String toString() {
        return settings.toString("CustomSource");
    }

    /** Builds {@link CustomSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder(String script) {
            this.settings = SCHEMA.builder().set(SCRIPT, script);
        }

        private Builder(CustomSource from) {
            this.settings = from.settings.toBuilder();
        }

        /** The script (at most 4 kB). */
        public Builder script(String script) {
            settings.set(SCRIPT, script);
            return this;
        }

        /** Mock chroot the script runs in; Copr's default is {@code fedora-latest-x86_64}. */
        public Builder chroot(@Nullable String chroot) {
            settings.set(CHROOT, chroot);
            return this;
        }

        /** Packages the script needs. */
        public Builder builddeps(@Nullable List<String> builddeps) {
            settings.setList(BUILDDEPS, builddeps);
            return this;
        }

        /** Packages the script needs. */
        public Builder builddeps(String... builddeps) {
            return builddeps(List.of(builddeps));
        }

        /** Directory, relative to the script's working directory, where it leaves the sources and spec file. */
        public Builder resultdir(@Nullable String resultdir) {
            settings.set(RESULTDIR, resultdir);
            return this;
        }

        /** URLs of extra repositories for {@code builddeps}. */
        public Builder repos(@Nullable List<String> repos) {
            settings.setList(REPOS, repos);
            return this;
        }

        /** URLs of extra repositories for {@code builddeps}. */
        public Builder repos(String... repos) {
            return repos(List.of(repos));
        }

        /** The CustomSource. */
        public CustomSource build() {
            return new CustomSource(this);
        }
    }
}
