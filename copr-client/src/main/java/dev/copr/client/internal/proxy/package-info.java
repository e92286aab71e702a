/**
 * The proxies over HTTP, the build watcher that polls through them, and the wire form of options and
 * sources. Not API: it may change without notice.
 */
@NullMarked
package dev.copr.client.internal.proxy;

import org.jspecify.annotations.NullMarked;
