/**
 * The exceptions of the client, rooted at {@link dev.copr.client.exception.CoprException} as in
 * python-copr.
 */
@NullMarked
package dev.copr.client.exception;

import org.jspecify.annotations.NullMarked;
