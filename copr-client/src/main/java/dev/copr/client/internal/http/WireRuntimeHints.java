package dev.copr.client.internal.http;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps what the transport reads at run time in an AOT-compiled application: the list answer it
 * binds every page to, and the version file the {@code User-Agent} names.
 */
class WireRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), CoprTransport.ListAnswer.class);
        hints.resources().registerPattern(UserAgent.VERSION_FILE);
    }
}
