/**
 * Auto-configuration of the Copr client's observations and metrics: request observations, upload sizes and the
 * days left of the API token.
 */
@NullMarked
package dev.copr.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
