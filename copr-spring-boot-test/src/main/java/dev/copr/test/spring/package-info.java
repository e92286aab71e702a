/**
 * Spring Boot test support: a Copr stub in the application context, connected to the auto-configured client.
 */
@NullMarked
package dev.copr.test.spring;

import org.jspecify.annotations.NullMarked;
