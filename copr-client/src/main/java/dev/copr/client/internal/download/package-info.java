/**
 * Reading and downloading build results from the results host and Pulp: a JDK HTTP client of its own
 * that never sends the Copr credentials, with its own redirect policy and time bounds. Not API: it may
 * change without notice.
 */
@NullMarked
package dev.copr.client.internal.download;

import org.jspecify.annotations.NullMarked;
