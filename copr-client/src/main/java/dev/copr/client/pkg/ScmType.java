package dev.copr.client.pkg;

/** Version control system of an SCM source, Copr's {@code scm_type}. */
public enum ScmType {
    /** Git (Copr's default). */
    GIT("git"),
    /** Subversion. */
    SVN("svn");

    private final String wireValue;

    ScmType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value Copr's API uses, e.g. {@code git}. */
    public String wireValue() {
        return wireValue;
    }
}
