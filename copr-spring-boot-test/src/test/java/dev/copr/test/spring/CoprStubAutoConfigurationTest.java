package dev.copr.test.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprException;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.test.BuildProgression;
import dev.copr.test.BusMessage;
import dev.copr.test.BusPublisher;
import dev.copr.test.CoprStub;
import dev.copr.test.CoprStubUser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class CoprStubAutoConfigurationTest {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withPropertyValues("copr.config-file=none")
            .withConfiguration(AutoConfigurations.of(CoprStubAutoConfiguration.class,
                    CoprStubConnectionDetailsAutoConfiguration.class, CoprAutoConfiguration.class));

    @Test
    void noStubUnlessEnabled() {
        contextRunner.run(context -> {
            assertThat(context).doesNotHaveBean(CoprStub.class);
            assertThat(context).getBean(CoprConnectionDetails.class).isNotInstanceOf(CoprStubConnectionDetails.class);
        });
    }

    @Test
    void enabledStubGetsItsPropertiesAndConnectsTheClient() {
        contextRunner.withPropertyValues("copr.stub.enabled=true", "copr.stub.build-progression=on-poll")
                .run(context -> {
                    CoprStub stub = context.getBean(CoprStub.class);
                    assertThat(stub.buildProgression()).isEqualTo(BuildProgression.ON_POLL);
                    assertThat(context).getBean(CoprConnectionDetails.class)
                            .isInstanceOf(CoprStubConnectionDetails.class);
                    assertThat(context.getBean(CoprClient.class).authCheck().name()).isEqualTo("tester");
                });
    }

    @Test
    void chrootOutcomesMakeTheStubsBuildsFailInThoseChroots() {
        contextRunner.withPropertyValues("copr.stub.enabled=true", "copr.stub.chroot-outcomes.fedora-rawhide-aarch64=failed")
                .run(context -> {
                    CoprStub stub = context.getBean(CoprStub.class);
                    CoprClient client = context.getBean(CoprClient.class);
                    client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "fedora-rawhide-aarch64"));
                    Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
                    stub.finishBuild(build.id());
                    assertThat(client.results().verdicts(build).states()).isEqualTo(Map.of(
                            "fedora-rawhide-x86_64", BuildState.SUCCEEDED, "fedora-rawhide-aarch64", BuildState.FAILED));
                });
    }

    @Test
    void stubIsClosedWithTheContext() {
        CoprStub[] started = new CoprStub[1];
        contextRunner.withPropertyValues("copr.stub.enabled=true")
                .run(context -> started[0] = context.getBean(CoprStub.class));

        assertThatThrownBy(() -> CoprClient.create(started[0].clientConfig()).home()).isInstanceOf(CoprException.class);
    }

    @Test
    void applicationStubBeanIsConnectedWithoutTheProperty() {
        contextRunner.withUserConfiguration(StubConfiguration.class).run(context -> {
            assertThat(context).hasSingleBean(CoprStub.class);
            assertThat(context.getBean(CoprClient.class).authUsername()).isEqualTo("release-bot");
        });
    }

    @Test
    void applicationConnectionDetailsWin() {
        contextRunner.withPropertyValues("copr.stub.enabled=true").withUserConfiguration(DetailsConfiguration.class)
                .run(context -> assertThat(context.getBean(CoprConnectionDetails.class).getUrl())
                        .isEqualTo(URI.create("https://copr.example.com")));
    }

    @Test
    void busPublisherBeanGetsTheStubsMessages() {
        List<BusMessage> messages = new CopyOnWriteArrayList<>();
        contextRunner.withPropertyValues("copr.stub.enabled=true")
                .withBean(BusPublisher.class, () -> messages::add)
                .run(context -> {
                    CoprStub stub = context.getBean(CoprStub.class);
                    CoprClient client = context.getBean(CoprClient.class);
                    client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
                    Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm");

                    stub.advanceBuild(build.id());

                    assertThat(messages).extracting(BusMessage::topic)
                            .containsExactly("copr.build.start", "copr.chroot.start");
                });
    }

    @Test
    void eventsWithoutSpringRabbitFailWithTheRemedy() {
        contextRunner.withPropertyValues("copr.stub.enabled=true", "copr.stub.events=true")
                .withConfiguration(AutoConfigurations.of(CoprStubEventsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(RabbitTemplate.class))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("copr.stub.events=true publishes the stub's events to an embedded bus, which needs"
                                + " dev.copr:copr-test-bus and org.springframework.amqp:spring-rabbit on the class path:"
                                + " add them, or set copr.stub.events=false"));
    }

    @Configuration(proxyBeanMethods = false)
    static class StubConfiguration {
        @Bean(destroyMethod = "close")
        CoprStub coprStub() {
            return CoprStub.builder().defaultUser(CoprStubUser.named("release-bot")).start();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DetailsConfiguration {
        @Bean
        CoprConnectionDetails coprConnectionDetails() {
            return new CoprConnectionDetails() {
                @Override
                public URI getUrl() {
                    return URI.create("https://copr.example.com");
                }

                @Override
                public String getLogin() {
                    return null;
                }

                @Override
                public String getToken() {
                    return null;
                }

                @Override
                public String getUsername() {
                    return null;
                }
            };
        }
    }
}
