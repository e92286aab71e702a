/**
 * The Mock settings that projects, their chroots and builds share: bootstrap and isolation.
 */
@NullMarked
package dev.copr.client.mock;

import org.jspecify.annotations.NullMarked;
