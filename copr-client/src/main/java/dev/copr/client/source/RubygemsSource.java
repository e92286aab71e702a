package dev.copr.client.source;

import dev.copr.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * A gem from RubyGems.org, Copr's source type {@code rubygems}; Copr writes the spec file.
 *
 * @since 0.1.0
 */
public final class RubygemsSource implements PackageSource {

    private final String gemName;

    private RubygemsSource(String gemName) {
        this.gemName = Arguments.requireName("gemName", gemName);
    }

    /** The gem {@code gemName}. */
    public static RubygemsSource of(String gemName) {
        return new RubygemsSource(gemName);
    }

    /** Name of the gem. */
    public String gemName() {
        return gemName;
    }

    @Override
    public SourceType sourceType() {
        return SourceType.RUBYGEMS;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RubygemsSource that && gemName.equals(that.gemName);
    }

    @Override
    public int hashCode() {
        return gemName.hashCode();
    }

    @Override
    public String toString() {
        return "RubygemsSource[gemName=" + gemName + "]";
    }
}
