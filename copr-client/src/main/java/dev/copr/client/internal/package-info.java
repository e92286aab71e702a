/**
 * Helpers of the client's implementation: argument checks and the normalisation of API answers. Not
 * API: it may change without notice.
 */
@NullMarked
package dev.copr.client.internal;

import org.jspecify.annotations.NullMarked;
