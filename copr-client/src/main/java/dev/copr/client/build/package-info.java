/**
 * Copr builds: the build proxy, the options of a new build, Copr's answers about builds, and a watcher
 * that waits until builds end.
 */
@NullMarked
package dev.copr.client.build;

import org.jspecify.annotations.NullMarked;
