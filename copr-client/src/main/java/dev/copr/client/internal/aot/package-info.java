/**
 * What an ahead-of-time compiled application (Spring AOT, GraalVM native image) must keep for the
 * client: the reflection its JSON binding needs. Found through {@code META-INF/spring/aot.factories}.
 * Not API: it may change without notice.
 */
@NullMarked
package dev.copr.client.internal.aot;

import org.jspecify.annotations.NullMarked;
