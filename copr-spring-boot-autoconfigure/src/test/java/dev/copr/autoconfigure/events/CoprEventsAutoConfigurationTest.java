package dev.copr.autoconfigure.events;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprClientCustomizer;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.exception.CoprConfigException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CoprEventsAutoConfigurationTest {

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

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
                .withClassLoader(new FilteredClassLoader("org.springframework.amqp.rabbit."))
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
        copr.stubFor(get("/api_3/build/7").inScenario("build").whenScenarioStateIs(STARTED)
                .willReturn(okJson(buildJson("running"))).willSetStateTo("ended"));
        copr.stubFor(get("/api_3/build/7").inScenario("build").whenScenarioStateIs("ended")
                .willReturn(okJson(buildJson("succeeded"))));
        runner.withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class))
                .withPropertyValues("copr.config-file=none", "copr.url=" + copr.baseUrl())
                .withPropertyValues(broker.ownConnection())
                .run(context -> {
                    assertThat(context).hasBean("coprBuildEndSignalsCustomizer")
                            .getBeans(CoprClientCustomizer.class).isNotEmpty();
                    BusBuildEndSignals signals = context.getBean(BusBuildEndSignals.class);
                    // The chroot ends as the bus reports it, while the watch's first poll still sees it running
                    List<Build> ended = context.getBean(BuildProxy.class).watcher().interval(Duration.ofHours(1))
                            .onStateChange((build, previous) -> signals.ended(new BuildChrootMessage(7, "jdoe",
                                    "hello", "fedora-rawhide-x86_64", BuildState.SUCCEEDED, null, null, null, null)))
                            .sleeper(pause -> {
                                throw new AssertionError("the watcher polls on its interval, not on the events");
                            })
                            .build().waitForIds(7);

                    assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
                });
    }

    private static String buildJson(String state) {
        return """
                {"id": 7, "state": "%s", "ownername": "jdoe", "projectname": "hello", "project_dirname": "hello",
                 "repo_url": "https://download.copr.fedorainfracloud.org/results/jdoe/hello", "submitter": "jdoe",
                 "submitted_on": 1700000000, "started_on": null, "ended_on": null, "is_background": false,
                 "chroots": ["fedora-rawhide-x86_64"], "source_package": {"name": "hello", "version": null, "url": null}}
                """.formatted(state);
    }

    @Test
    void healthIndicatorCanBeSwitchedOff() {
        runner.withPropertyValues(broker.ownConnection())
                .withPropertyValues("management.health.coprevents.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(CoprEventsConsumer.class)
                        .doesNotHaveBean("coprEventsHealthIndicator"));
    }
}
