/**
 * An in-process Copr API v3 stub for tests, with the state and the recorded requests to check.
 */
@NullMarked
package dev.copr.test;

import org.jspecify.annotations.NullMarked;
