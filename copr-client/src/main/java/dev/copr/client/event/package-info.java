/**
 * The build events Copr publishes on its message bus and how to read them.
 */
@NullMarked
package dev.copr.client.event;

import org.jspecify.annotations.NullMarked;
