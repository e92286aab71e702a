package dev.copr.starter;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.project.ProjectProxy;
import dev.copr.test.CoprStub;
import dev.copr.test.spring.AutoConfigureCoprStub;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The starter alone is enough: auto-configuration is found, it pulls in none of Boot's RestClient or
 * Jackson auto-configurations (the client has its own engine and mapper), nor spring-web, which would
 * switch on Boot's client request factories at start-up, and the injected proxies work end to end
 * (against the test kit's stub).
 */
@SpringBootTest(properties = "copr.config-file=none")
@AutoConfigureCoprStub
class StarterTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProjectProxy projects;

    @Autowired
    BuildProxy builds;

    @Autowired
    CoprStub stub;

    @Test
    void bringsTheAutoConfiguredClientWithoutBootsRestClientOrJackson() {
        assertThat(context.getBeansOfType(CoprClient.class)).hasSize(1);
        assertThat(ClassUtils.isPresent("org.springframework.web.client.RestClient", null))
                .as("spring-web on the class path").isFalse();
        assertThat(context.containsBean("clientHttpRequestFactoryBuilder")).isFalse();
        assertThat(context.getBeansOfType(JsonMapper.class)).isEmpty();
        assertThat(context.getBean(CoprClient.class).config().url()).isEqualTo(stub.url());
    }

    @Test
    void injectedProxiesTalkToCopr() {
        projects.add("tester", "starter", List.of("fedora-rawhide-x86_64"));

        Build build = builds.createFromUrl("tester", "starter", "https://example.org/hello-1.0-1.src.rpm",
                BuildOptions.builder().chroots("fedora-rawhide-x86_64").build());

        assertThat(builds.get(build.id()).state()).isEqualTo(BuildState.PENDING);
        assertThat(stub).receivedRequest("POST", "/build/create/url").isAuthenticatedAs("tester");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
