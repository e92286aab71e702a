package dev.copr.client.source;

import java.util.Locale;

/**
 * Copr's source types of packages, the last path segment of package add and edit; python-copr's
 * {@code source_type}.
 *
 * @since 0.1.0
 */
public enum SourceType {
    /** A Git or Subversion repository: {@link ScmSource}. */
    SCM,
    /** The Python Package Index: {@link PypiSource}. */
    PYPI,
    /** RubyGems.org: {@link RubygemsSource}. */
    RUBYGEMS,
    /** A script's output: {@link CustomSource}. */
    CUSTOM,
    /** A DistGit instance: {@link DistgitSource}. */
    DISTGIT;

    /** Copr's name of the source type, e.g. {@code scm}. */
    public String coprName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
