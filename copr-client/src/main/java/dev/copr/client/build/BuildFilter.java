package dev.copr.client.build;

import dev.copr.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

/**
 * Which builds of a project {@link BuildProxy#getList(String, String, BuildFilter, dev.copr.client.page.Pagination)}
 * lists: python-copr's {@code packagename} and {@code status} arguments of {@code get_list()}. A filter left
 * unset is not sent.
 *
 * <pre>{@code
 * BuildFilter.ofPackage("copr-cli").withStatus(BuildState.FAILED)
 * }</pre>
 *
 * @param packagename only builds of this package; null for all
 * @param status only builds in this state; null for all
 * @since 0.1.0
 */
public record BuildFilter(@Nullable String packagename, @Nullable BuildState status) {

    private static final BuildFilter NONE = new BuildFilter(null, null);

    /** Checks the package name and that the state can be sent. */
    public BuildFilter {
        if (packagename != null) {
            Arguments.requireName("packagename", packagename);
        }
        Arguments.requireSendable("BuildFilter status", status);
    }

    /** Every build of the project. */
    public static BuildFilter none() {
        return NONE;
    }

    /** The builds of one package. */
    public static BuildFilter ofPackage(String packagename) {
        return new BuildFilter(packagename, null);
    }

    /** The builds in one state. */
    public static BuildFilter ofStatus(BuildState status) {
        return new BuildFilter(null, status);
    }

    /** This filter, also limited to builds in {@code status}. */
    public BuildFilter withStatus(BuildState status) {
        return new BuildFilter(packagename, status);
    }
}
