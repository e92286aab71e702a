package dev.copr.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildProxy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

/** The starter alone is enough: auto-configuration is found and Boot's RestClient support comes along. */
@SpringBootTest(properties = {"copr.config-file=none", "copr.url=https://copr.example.org"})
class StarterTest {

    @Autowired
    ApplicationContext context;

    @Test
    void bringsTheAutoConfiguredClientOnBootsRestClientBuilder() {
        assertThat(context.getBeansOfType(CoprClient.class)).hasSize(1);
        assertThat(context.getBeansOfType(BuildProxy.class)).hasSize(1);
        assertThat(context.getBeansOfType(RestClient.Builder.class)).hasSize(1);
        assertThat(context.getBean(CoprClient.class).config().url()).hasToString("https://copr.example.org");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
