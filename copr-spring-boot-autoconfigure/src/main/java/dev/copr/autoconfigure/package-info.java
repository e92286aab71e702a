/**
 * Spring Boot auto-configuration of the Copr client, its health indicator and its API token's lifecycle.
 */
@NullMarked
package dev.copr.autoconfigure;

import org.jspecify.annotations.NullMarked;
