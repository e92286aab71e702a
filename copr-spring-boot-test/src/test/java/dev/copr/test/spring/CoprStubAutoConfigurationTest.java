package dev.copr.test.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.autoconfigure.CoprAutoConfiguration;
import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprException;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;
import dev.copr.test.CoprStubUser;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
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
