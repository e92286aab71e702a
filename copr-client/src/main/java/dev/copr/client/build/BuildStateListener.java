package dev.copr.client.build;

import org.jspecify.annotations.Nullable;

/**
 * Told by a {@link BuildWatcher} each time a watched build is seen in a new state. Called on the
 * waiting thread; an exception it throws stops the wait and reaches the caller.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BuildStateListener {

    /**
     * A build was polled in a state other than the last one known.
     * @param build the build as Copr just answered
     * @param previous the state known before: from the {@link Build} given to the watcher or the
     *                 previous poll; null when the build was given by id and this is its first poll
     */
    void stateChanged(Build build, @Nullable BuildState previous);
}
