package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class CoprUnknownPropertiesTest {

    private static final String TOKEN = "tok3n-value-never-shown";

    @TempDir
    Path classes;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CoprAutoConfiguration.class))
            .withPropertyValues("copr.config-file=none");

    @Test
    void misspeltKeyStopsStartUpSuggestingTheKnownOneWithoutItsValue() {
        runner.withPropertyValues("copr.login=apiLogin", "copr.tokn=" + TOKEN).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new CoprUnknownPropertyFailureAnalyzer().analyze(context.getStartupFailure());

            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("copr.tokn").contains("did you mean copr.token?")
                    .doesNotContain(TOKEN);
            assertThat(analysis.getCause()).isNull();
        });
    }

    @Test
    void applicationReportsTheMisspeltKeyBeforeSpringBootWouldPrintItsValue(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("copr.config-file=none", "copr.login=apiLogin", "copr.tokn=" + TOKEN);

        assertThatThrownBy(app::run).isInstanceOf(BeanCreationException.class);

        assertThat(output).contains("APPLICATION FAILED TO START").contains("copr.tokn: did you mean copr.token?")
                .doesNotContain(TOKEN);
    }

    @Test
    void misspeltNestedKeyIsCaught() {
        runner.withPropertyValues("copr.retry.max-atempts=2").run(context -> assertThat(
                new CoprUnknownPropertyFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .contains("copr.retry.max-atempts: did you mean copr.retry.max-attempts?"));
    }

    @Test
    void keysThatAnotherPropertiesBeanBindsBelowCoprAreAccepted() {
        runner.withUserConfiguration(ExtraPropertiesConfiguration.class)
                .withPropertyValues("copr.extra.greeting=hello")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CoprClient.class);
                    assertThat(context.getBean(ExtraProperties.class).getGreeting()).isEqualTo("hello");
                });
    }

    /** Like the test kit's copr.stub.enabled=false, which turns its properties bean off. */
    @Test
    void keysOfAnotherModulesMetadataAreAcceptedWhenItsBeanIsSwitchedOff() throws IOException {
        Path metadata = classes.resolve("META-INF/spring-configuration-metadata.json");
        Files.createDirectories(metadata.getParent());
        Files.writeString(metadata, """
                {"groups": [{"name": "copr.plugin", "type": "com.example.CoprPluginProperties"}],
                 "properties": [{"name": "copr.plugin.enabled", "type": "java.lang.Boolean"}]}
                """);

        runner.withClassLoader(new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader()))
                .withPropertyValues("copr.plugin.enabled=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void unrelatedNamesGetNoSuggestion() {
        CoprPropertyNames names = CoprPropertyNames.load(getClass().getClassLoader());

        assertThat(names.closest("copr.completely-different-thing")).isEmpty();
        assertThat(CoprPropertyNames.distance("copr.tokn", "copr.token")).isEqualTo(1);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(CoprAutoConfiguration.class)
    static class App {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ExtraProperties.class)
    static class ExtraPropertiesConfiguration {
    }

    @ConfigurationProperties("copr.extra")
    static class ExtraProperties {

        private String greeting;

        public String getGreeting() {
            return greeting;
        }

        public void setGreeting(String greeting) {
            this.greeting = greeting;
        }
    }
}
