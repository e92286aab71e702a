package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprClientCustomizer;
import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.internal.ClientProxy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CoprEventsAutoConfigurationTest {

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, SslAutoConfiguration.class,
                    CoprEventsAutoConfiguration.class, CoprEventsHealthContributorAutoConfiguration.class));

    @Test
    void offByDefault() {
        runner.withPropertyValues(broker.bootConnection()).run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(CoprEventsConsumer.class).doesNotHaveBean(BuildEndSignals.class)
                .doesNotHaveBean(CoprEventsHealthIndicator.class));
    }

    @Test
    void nothingWithoutSpringRabbit() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprEventsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(SimpleMessageListenerContainer.class))
                .withPropertyValues(broker.ownConnection())
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CoprEventsConsumer.class)
                        .doesNotHaveBean(CoprEventsProperties.class));
    }

    @Test
    void usesSpringBootsConnectionByDefault() {
        runner.withPropertyValues(broker.bootConnection()).withPropertyValues("copr.events.enabled=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(ConnectionFactory.class);
                    assertThat(context.getBean(CoprEventsConsumer.class).connectionFactory())
                            .isSameAs(context.getBean(ConnectionFactory.class));
                    await().atMost(Duration.ofSeconds(10)).until(context.getBean(CoprEventsStatus.class)::isConnected);
                });
    }

    @Test
    void hostGivesTheEventsTheirOwnConnectionAndLeavesSpringBootsAlone() {
        runner.withPropertyValues("spring.rabbitmq.host=rabbit.example.com", "spring.application.name=release-bot")
                .withPropertyValues(broker.ownConnection())
                .run(context -> {
                    assertThat(context).hasSingleBean(ConnectionFactory.class);
                    CachingConnectionFactory boots = context.getBean(CachingConnectionFactory.class);
                    assertThat(boots.getHost()).isEqualTo("rabbit.example.com");
                    ConnectionFactory own = context.getBean(CoprEventsConsumer.class).connectionFactory();
                    assertThat(own).isNotSameAs(boots);
                    assertThat(own.getHost()).isEqualTo("127.0.0.1");
                    assertThat(own.getPort()).isEqualTo(broker.port());
                    assertThat(own.getVirtualHost()).isEqualTo(EmbeddedQpidBroker.VIRTUAL_HOST);
                    assertThat(own.getUsername()).isEqualTo(EmbeddedQpidBroker.USER);
                    assertThat(((CachingConnectionFactory) own).getRabbitConnectionFactory().getClientProperties())
                            .containsEntry("app", "release-bot");
                    await().atMost(Duration.ofSeconds(10)).until(context.getBean(CoprEventsStatus.class)::isConnected);
                });
    }

    @Test
    void ownConnectionNeedsNoSpringBootRabbitConfiguration() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprEventsAutoConfiguration.class))
                .withPropertyValues(broker.ownConnection())
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(ConnectionFactory.class);
                    await().atMost(Duration.ofSeconds(10)).until(context.getBean(CoprEventsStatus.class)::isConnected);
                });
    }

    @Test
    void withoutAnyConnectionStartUpFailsNamingTheRemedy() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprEventsAutoConfiguration.class))
                .withPropertyValues("copr.events.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(CoprConfigException.class)
                        .rootCause().hasMessageContaining("copr.events.host").hasMessageContaining("spring.rabbitmq"));
    }

    @Test
    void defaults() {
        runner.withPropertyValues(broker.ownConnection()).run(context -> {
            CoprEventsProperties properties = context.getBean(CoprEventsProperties.class);
            assertThat(properties.getTopicPrefix()).isEqualTo("org.fedoraproject.prod.");
            assertThat(properties.getExchange()).isEqualTo("amq.topic");
            assertThat(properties.getPrefetch()).isEqualTo(25);
            assertThat(properties.getSilenceTimeout()).isEqualTo(Duration.ofMinutes(10));
            assertThat(properties.getOwners()).isEmpty();
            assertThat(properties.getProjects()).isEmpty();
            assertThat(properties.isSaslExternal()).isFalse();
        });
    }

    @Test
    void projectWithoutOwnerStopsStartUp() {
        runner.withPropertyValues(broker.ownConnection()).withPropertyValues("copr.events.projects=kbaig/test,ping")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(CoprConfigException.class)
                        .rootCause().hasMessageContaining("'ping'").hasMessageContaining("owner/name"));
    }

    @Test
    void misspeltPropertyStopsStartUp() {
        runner.withPropertyValues(broker.ownConnection()).withPropertyValues("copr.events.prefech=5")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void saslExternalWithoutSslBundleStopsStartUp() {
        runner.withPropertyValues(broker.ownConnection()).withPropertyValues("copr.events.sasl-external=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(CoprConfigException.class)
                        .rootCause().hasMessageContaining("copr.events.ssl.bundle"));
    }

    @Test
    void buildWatchersOfTheAutoConfiguredClientUseTheEvents() {
        runner.withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class))
                .withPropertyValues("copr.config-file=none").withPropertyValues(broker.ownConnection())
                .run(context -> {
                    assertThat(context).hasBean("coprBuildEndSignalsCustomizer")
                            .getBeans(CoprClientCustomizer.class).isNotEmpty();
                    ClientProxy builds = (ClientProxy) context.getBean(BuildProxy.class);
                    assertThat(builds.service(BuildEndSignals.class))
                            .containsSame(context.getBean(BuildEndSignals.class));
                });
    }

    @Test
    void healthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues(broker.ownConnection())
                .withPropertyValues("management.health.coprevents.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(CoprEventsConsumer.class)
                        .doesNotHaveBean("coprEventsHealthIndicator"));
    }
}
