package dev.copr.client.source;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Tool that writes the spec file of a PyPI source, Copr's {@code spec_generator}.
 *
 * @since 0.1.0
 */
public enum SpecGenerator {
    /** {@code pyp2spec} (Copr's default). */
    PYP2SPEC("pyp2spec"),
    /** {@code pyp2rpm}, the older generator that honours spec templates and Python versions. */
    PYP2RPM("pyp2rpm");

    private final String coprName;

    SpecGenerator(String coprName) {
        this.coprName = coprName;
    }

    /** The value Copr's API uses, e.g. {@code pyp2spec}. */
    @JsonValue
    public String coprName() {
        return coprName;
    }
}
