package dev.copr.client.pkg;

import dev.copr.client.Arguments;
import dev.copr.client.http.WireFields;

import java.util.Map;

/**
 * A gem from RubyGems.org, Copr's source type {@code rubygems}; Copr writes the spec file.
 *
 * @param gemName name of the gem; required
 */
public record RubygemsSource(String gemName) implements PackageSource {

    public RubygemsSource {
        Arguments.requireName("gemName", gemName);
    }

    /** The gem {@code gemName}. */
    public static RubygemsSource of(String gemName) {
        return new RubygemsSource(gemName);
    }

    @Override
    public String sourceType() {
        return "rubygems";
    }

    @Override
    public Map<String, Object> wireFields() {
        return WireFields.create().put("gem_name", gemName).toMap();
    }
}
