package dev.copr.client.source;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Version control system of an SCM source, Copr's {@code scm_type}.
 *
 * @since 0.1.0
 */
public enum ScmType {
    /** Git (Copr's default). */
    GIT("git"),
    /** Subversion. */
    SVN("svn");

    private final String coprName;

    ScmType(String coprName) {
        this.coprName = coprName;
    }

    /** The value Copr's API uses, e.g. {@code git}. */
    @JsonValue
    public String coprName() {
        return coprName;
    }
}
