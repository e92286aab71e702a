package dev.copr.client.pkg;

/**
 * What {@link PackageProxy#get} and {@link PackageProxy#getList} fill in besides the package itself:
 * python-copr's {@code with_latest_build} and {@code with_latest_succeeded_build} arguments.
 *
 * @since 0.1.0
 */
public enum PackageDetail {

    /** {@link PackageBuilds#latest()}, the latest build ({@code with_latest_build=True}). */
    WITH_LATEST_BUILD,

    /**
     * {@link PackageBuilds#latestSucceeded()}, the latest succeeded build ({@code with_latest_succeeded_build=True});
     * slower for a list.
     */
    WITH_LATEST_SUCCEEDED_BUILD
}
