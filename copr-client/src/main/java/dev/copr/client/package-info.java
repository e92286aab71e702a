/**
 * The entry point to one Copr instance's API v3, {@link dev.copr.client.CoprClient}, with the answers of
 * its general calls.
 */
@NullMarked
package dev.copr.client;

import org.jspecify.annotations.NullMarked;
