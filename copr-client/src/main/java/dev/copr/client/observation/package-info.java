/**
 * Micrometer observations of Copr requests: what they know and how they are named and tagged.
 */
@NullMarked
package dev.copr.client.observation;

import org.jspecify.annotations.NullMarked;
