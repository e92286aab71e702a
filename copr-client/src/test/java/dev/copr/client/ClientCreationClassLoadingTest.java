package dev.copr.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Making a client sends nothing, so it must not load Jackson (hundreds of classes, a large share of
 * the starter's start-up cost): the JSON mapping is linked on the first request, and the proxies are
 * made on the first call of one.
 */
class ClientCreationClassLoadingTest {

    private static final List<String> JACKSON = List.of("tools.jackson.core.JacksonException",
            "tools.jackson.databind.ObjectMapper", "tools.jackson.databind.json.JsonMapper");

    /** Made on the first call of a proxy: the Spring Boot starter makes a client at start-up. */
    private static final List<String> PROXIES = List.of("dev.copr.client.internal.proxy.HttpBuildProxy",
            "dev.copr.client.internal.proxy.HttpProjectProxy", "dev.copr.client.internal.download.HttpBuildResults");

    @Test
    void makingAClientLoadsNeitherJacksonNorTheProxies() throws Exception {
        try (IsolatedLoader loader = new IsolatedLoader(testClassPath())) {
            Class<?> configType = loader.loadClass("dev.copr.client.config.CoprConfig");
            Object builder = configType.getMethod("builder").invoke(null);
            builder.getClass().getMethod("url", String.class).invoke(builder, "http://127.0.0.1:1");
            Object config = builder.getClass().getMethod("build").invoke(builder);
            Object client = loader.loadClass("dev.copr.client.CoprClient").getMethod("create", configType)
                    .invoke(null, config);
            assertThat(PROXIES).filteredOn(loader::loadedClass).as("proxy classes loaded by making a client")
                    .isEmpty();
            client.getClass().getMethod("builds").invoke(client);
            client.getClass().getMethod("results").invoke(client);

            assertThat(loader.loadedClass("dev.copr.client.CoprClient")).isTrue();
            assertThat(JACKSON).filteredOn(loader::loadedClass).as("Jackson classes loaded by making a client")
                    .isEmpty();
        }
    }

    private static URL[] testClassPath() throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads the client's classes itself, so that what it loaded can be asked. */
    private static final class IsolatedLoader extends URLClassLoader {

        IsolatedLoader(URL[] classPath) {
            super("isolated-copr-client", classPath, ClassLoader.getPlatformClassLoader());
        }

        boolean loadedClass(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
