/**
 * Auto-configuration of the {@code copr} health indicator ({@code management.health.copr.*}).
 */
@NullMarked
package dev.copr.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
