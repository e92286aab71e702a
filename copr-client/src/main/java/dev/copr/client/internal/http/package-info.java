/**
 * The client's HTTP transport: requests, the engine over the JDK HTTP client, time bounds, retries and
 * the mapping of errors. Not API: it may change without notice.
 */
@NullMarked
package dev.copr.client.internal.http;

import org.jspecify.annotations.NullMarked;
