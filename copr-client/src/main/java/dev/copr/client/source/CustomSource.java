package dev.copr.client.source;

import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.ValueText;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String[] NAMES = {"script", "chroot", "builddeps", "resultdir", "repos"};

    private final String script;
    private final @Nullable String chroot;
    private final @Nullable List<String> builddeps;
    private final @Nullable String resultdir;
    private final @Nullable List<String> repos;

    private CustomSource(Builder builder) {
        this.script = Arguments.requireText("script", builder.script);
        this.chroot = builder.chroot;
        this.builddeps = builder.builddeps == null ? null : List.copyOf(builder.builddeps);
        this.resultdir = builder.resultdir;
        this.repos = builder.repos == null ? null : List.copyOf(builder.repos);
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
        return script;
    }

    /** Mock chroot the script runs in; Copr's default is {@code fedora-latest-x86_64}. */
    public @Nullable String chroot() {
        return chroot;
    }

    /** Packages the script needs. */
    public @Nullable List<String> builddeps() {
        return builddeps;
    }

    /** Directory, relative to the script's working directory, where it leaves the sources and spec file. */
    public @Nullable String resultdir() {
        return resultdir;
    }

    /** URLs of extra repositories for {@code builddeps}. */
    public @Nullable List<String> repos() {
        return repos;
    }

    @Override
    public SourceType sourceType() {
        return SourceType.CUSTOM;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CustomSource that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code CustomSource[script=...]}. */
    @Override
    public String toString() {
        return ValueText.of("CustomSource", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {script, chroot, builddeps, resultdir, repos};
    }

    /** Builds {@link CustomSource}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private String script;
        private @Nullable String chroot;
        private @Nullable List<String> builddeps;
        private @Nullable String resultdir;
        private @Nullable List<String> repos;

        private Builder(String script) {
            this.script = script;
        }

        private Builder(CustomSource from) {
            this.script = from.script;
            this.chroot = from.chroot;
            this.builddeps = from.builddeps;
            this.resultdir = from.resultdir;
            this.repos = from.repos;
        }

        /** The script (at most 4 kB). */
        public Builder script(String script) {
            this.script = script;
            return this;
        }

        /** Mock chroot the script runs in; Copr's default is {@code fedora-latest-x86_64}. */
        public Builder chroot(@Nullable String chroot) {
            this.chroot = chroot;
            return this;
        }

        /** Packages the script needs. */
        public Builder builddeps(@Nullable List<String> builddeps) {
            this.builddeps = builddeps == null ? null : new ArrayList<>(builddeps);
            return this;
        }

        /** Packages the script needs. */
        public Builder builddeps(String... builddeps) {
            return builddeps(List.of(builddeps));
        }

        /** Directory, relative to the script's working directory, where it leaves the sources and spec file. */
        public Builder resultdir(@Nullable String resultdir) {
            this.resultdir = resultdir;
            return this;
        }

        /** URLs of extra repositories for {@code builddeps}. */
        public Builder repos(@Nullable List<String> repos) {
            this.repos = repos == null ? null : new ArrayList<>(repos);
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
