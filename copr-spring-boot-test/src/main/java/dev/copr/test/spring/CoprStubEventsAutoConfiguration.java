package dev.copr.test.spring;

import dev.copr.test.BusPublisher;
import dev.copr.test.amqp.AmqpBusPublisher;
import dev.copr.test.bus.EmbeddedCoprBus;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With {@code copr.stub.enabled} and {@code copr.stub.events} true, the stub's embedded bus, which
 * {@code copr.events.*} point at, and the publisher through which the stub sends its builds' events
 * there, under the application's {@code copr.events.topic-prefix} and {@code copr.events.exchange};
 * both are closed with the context.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = CoprStubAutoConfiguration.class)
@ConditionalOnClass(name = {CoprStubBusEnvironmentPostProcessor.BUS_CLASS,
        CoprStubBusEnvironmentPostProcessor.RABBIT_CLASS})
@ConditionalOnBooleanProperty({"copr.stub.enabled", "copr.stub.events"})
public final class CoprStubEventsAutoConfiguration {

    CoprStubEventsAutoConfiguration() {
    }

    @Bean(destroyMethod = "close")
    EmbeddedCoprBus coprStubBus(ConfigurableEnvironment environment) {
        return CoprStubBusPropertySource.bus(environment);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(BusPublisher.class)
    AmqpBusPublisher coprStubBusPublisher(EmbeddedCoprBus bus, ConfigurableEnvironment environment) {
        return AmqpBusPublisher.builder(bus.uri())
                .topicPrefix(environment.getProperty("copr.events.topic-prefix", AmqpBusPublisher.DEFAULT_TOPIC_PREFIX))
                .exchange(environment.getProperty("copr.events.exchange", AmqpBusPublisher.DEFAULT_EXCHANGE))
                .build();
    }
}
