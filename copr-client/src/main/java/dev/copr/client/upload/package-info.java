/**
 * Progress reports of file uploads.
 */
@NullMarked
package dev.copr.client.upload;

import org.jspecify.annotations.NullMarked;
