package dev.copr.test.spring;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Adds the {@link CoprStubBusPropertySource}, which points {@code copr.events.*} at the stub's
 * embedded bus once {@code copr.stub.events} is true, when copr-test-bus and spring-rabbit are on
 * the class path; without them it loads none of their classes.
 */
final class CoprStubBusEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String BUS_CLASS = "dev.copr.test.bus.EmbeddedCoprBus";
    static final String RABBIT_CLASS = "org.springframework.amqp.rabbit.core.RabbitTemplate";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader classLoader = application.getClassLoader();
        if (ClassUtils.isPresent(BUS_CLASS, classLoader) && ClassUtils.isPresent(RABBIT_CLASS, classLoader)) {
            application.addListeners(CoprStubBusPropertySource.addTo(environment).closeOnFailure());
        }
    }
}
