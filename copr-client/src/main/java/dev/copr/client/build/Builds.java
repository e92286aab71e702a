package dev.copr.client.build;

import dev.copr.client.internal.Arguments;

import java.util.Arrays;
import java.util.Collection;

/**
 * Helpers for groups of builds.
 *
 * @since 0.1.0
 */
public final class Builds {

    private Builds() {
    }

    /**
     * Whether every build is in state {@code succeeded} ({@code skipped}, {@code forked} and all
     * others count as not succeeded; no builds at all count as succeeded); python-copr
     * {@code succeeded(builds)}.
     */
    public static boolean succeeded(Collection<Build> builds) {
        Arguments.requireNonNull("builds", builds);
        return builds.stream()
                .allMatch(build -> Arguments.requireNonNull("build", build).state() == BuildState.SUCCEEDED);
    }

    /** Whether every given build is in state {@code succeeded}; see {@link #succeeded(Collection)}. */
    public static boolean succeeded(Build... builds) {
        return succeeded(Arrays.asList(Arguments.requireNonNull("builds", builds)));
    }
}
