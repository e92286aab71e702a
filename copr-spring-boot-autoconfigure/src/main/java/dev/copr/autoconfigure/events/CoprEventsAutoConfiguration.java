package dev.copr.autoconfigure.events;

import dev.copr.autoconfigure.CoprClientCustomizer;
import dev.copr.client.event.CoprEvents;
import dev.copr.client.exception.CoprConfigException;

import java.time.Clock;

import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Copr's build events from its message bus, with {@code copr.events.enabled=true} and spring-rabbit
 * on the class path: each message becomes an application event ({@code @EventListener void
 * on(CoprBuildEnded ended)}) and the auto-configured client's build watchers learn of chroot ends
 * from them instead of polling Copr on every interval. The connection is Spring Boot's
 * ({@code spring.rabbitmq.*}) unless {@code copr.events.host} or {@code copr.events.addresses} is
 * set. With Micrometer, the counter {@code copr.events.received} and the timer {@code copr.events.lag}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {"org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration"})
// spring-rabbit's ConnectionFactory: a lone interface, cheaper to load for the check than the listener container
@ConditionalOnClass({ConnectionFactory.class, CoprEvents.class})
@ConditionalOnBooleanProperty("copr.events.enabled")
@EnableConfigurationProperties(CoprEventsProperties.class)
public final class CoprEventsAutoConfiguration {

    CoprEventsAutoConfiguration() {
    }

    @Bean
    CoprEventsStatus coprEventsStatus(CoprEventsProperties properties) {
        return new CoprEventsStatus(Clock.systemUTC(), properties.getSilenceTimeout());
    }

    @Bean
    BusBuildEndSignals coprBuildEndSignals(CoprEventsStatus status) {
        return new BusBuildEndSignals(status::isLive);
    }

    @Bean
    CoprClientCustomizer coprBuildEndSignalsCustomizer(BusBuildEndSignals signals) {
        return builder -> builder.buildEndSignals(signals);
    }

    @Bean
    CoprEventsConsumer coprEventsConsumer(CoprEventsProperties properties,
                                          ObjectProvider<ConnectionFactory> connectionFactories,
                                          ObjectProvider<SslBundles> sslBundles, ApplicationEventPublisher publisher,
                                          CoprEventsStatus status, BusBuildEndSignals signals,
                                          ObjectProvider<CoprEventsRecorder> recorder, Environment environment) {
        CoprEventsListener listener = new CoprEventsListener(properties.getTopicPrefix(),
                CoprEventsFilter.of(properties), publisher, signals, status,
                recorder.getIfAvailable(() -> CoprEventsRecorder.NONE));
        if (properties.hasOwnConnection()) {
            String application = environment.getProperty("spring.application.name",
                    CoprEventsConnections.CONNECTION_NAME);
            return new CoprEventsConsumer(CoprEventsConnections.connectionFactory(properties, sslBundles, application),
                    true, properties, listener, status, signals);
        }
        ConnectionFactory shared = connectionFactories.getIfUnique();
        if (shared == null) {
            throw new CoprConfigException("copr.events.enabled=true needs a connection to Copr's message bus, and"
                    + " there are " + connectionFactories.stream().count() + " RabbitMQ ConnectionFactory beans: set"
                    + " copr.events.host (Fedora's bus: rabbitmq.fedoraproject.org) for a connection of the events'"
                    + " own, or use Spring Boot's with spring-boot-starter-amqp and spring.rabbitmq.*");
        }
        return new CoprEventsConsumer(shared, false, properties, listener, status, signals);
    }

    /** The metrics, bound by Spring Boot to its meter registries. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class MetricsConfiguration {

        @Bean
        CoprEventsMeters coprEventsMeters() {
            return new CoprEventsMeters();
        }
    }
}
