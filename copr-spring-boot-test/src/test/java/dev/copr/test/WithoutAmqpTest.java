package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The stub without events needs neither AMQP nor the embedded bus: {@link WithoutAmqpScenario} runs
 * a build on a plain stub and one in a Spring Boot application with {@code copr.stub.enabled}, in a
 * class loader of the test class path without Spring AMQP, the RabbitMQ client, Broker-J and
 * copr-test-bus.
 */
class WithoutAmqpTest {

    private static final List<String> AMQP = List.of("/org/springframework/amqp/", "/com/rabbitmq/",
            "/org/apache/qpid/", "copr-test-bus");

    @Test
    void stubRunsBuildsWithoutAmqpOnTheClassPath() throws Exception {
        try (URLClassLoader withoutAmqp = new URLClassLoader(classPathWithout(AMQP),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> withoutAmqp.loadClass("org.springframework.amqp.rabbit.core.RabbitTemplate"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> withoutAmqp.loadClass("dev.copr.test.bus.EmbeddedCoprBus"))
                    .isInstanceOf(ClassNotFoundException.class);

            Object states = withoutAmqp.loadClass(WithoutAmqpScenario.class.getName()).getMethod("run").invoke(null);

            assertThat(states).isEqualTo(List.of("succeeded", "succeeded"));
        }
    }

    /** Surefire's test class path (the JVM's is a manifest-only jar), without the entries containing any of {@code parts}. */
    private static URL[] classPathWithout(List<String> parts) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> parts.stream().noneMatch(entry.replace(File.separatorChar, '/')::contains))
                .map(WithoutAmqpTest::url)
                .toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
