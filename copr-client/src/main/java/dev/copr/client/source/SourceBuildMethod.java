package dev.copr.client.source;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How Copr makes the SRPM from an SCM checkout, Copr's {@code source_build_method} (stored as
 * {@code srpm_build_method}).
 *
 * @since 0.1.0
 */
public enum SourceBuildMethod {
    /** {@code rpkg} (Copr's default). */
    RPKG("rpkg"),
    /** {@code tito}, from the latest tag. */
    TITO("tito"),
    /** {@code tito --test}, from the latest commit. */
    TITO_TEST("tito_test"),
    /** The repository's {@code .copr/Makefile} target {@code srpm}. */
    MAKE_SRPM("make_srpm");

    private final String coprName;

    SourceBuildMethod(String coprName) {
        this.coprName = coprName;
    }

    /** The value Copr's API uses, e.g. {@code tito_test}. */
    @JsonValue
    public String coprName() {
        return coprName;
    }
}
