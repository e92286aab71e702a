package dev.copr.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps the configuration metadata in an AOT-compiled application: a {@code copr.*} key no module
 * knows is reported with the closest known key, read from it. The client's JSON types register
 * their hints themselves (copr-client's {@code aot.factories}).
 */
class CoprRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        hints.resources().registerPattern(CoprPropertyNames.METADATA);
    }
}
