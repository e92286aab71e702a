package dev.copr.client.internal.proxy;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/** Lets Jackson bind the proxies' own answer records in an AOT-compiled application. */
class ProxyAnswerRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
                HttpBuildProxy.DeletedBuilds.class, HttpProjectProxy.CanBuildInAnswer.class,
                HttpProjectProxy.SetPermissionsAnswer.class, HttpProjectProxy.RequestPermissionsAnswer.class);
    }
}
