/**
 * Auto-configuration of the Copr API token's lifecycle: the expiry warning at start-up and automatic renewal.
 */
@NullMarked
package dev.copr.autoconfigure.token;

import org.jspecify.annotations.NullMarked;
