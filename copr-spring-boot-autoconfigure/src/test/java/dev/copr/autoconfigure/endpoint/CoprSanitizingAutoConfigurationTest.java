package dev.copr.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.autoconfigure.TestConnectionDetails;
import dev.copr.client.CoprClient;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class CoprSanitizingAutoConfigurationTest {

    private static final CoprConnectionDetails CREDENTIALS = new TestConnectionDetails("https://copr.example.org",
            "apiLoginXyz", "tok3n-value-never-shown", "jdoe");

    private final SanitizingFunction function = new CoprSanitizingAutoConfiguration().coprCredentialsSanitizingFunction(
            new StandardEnvironment(), new StaticListableBeanFactory(Map.of("coprConnectionDetails", CREDENTIALS))
                    .getBeanProvider(CoprConnectionDetails.class), noClients());
    private final MapPropertySource source = new MapPropertySource("test", Map.of());

    @Test
    void registersTheFunctionThatTheActuatorsEndpointsApply() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprSanitizingAutoConfiguration.class))
                .run(context -> assertThat(context).getBean("coprCredentialsSanitizingFunction")
                        .isInstanceOf(SanitizingFunction.class));
    }

    @Test
    void aBeanOfTheSameNameTakesItsPlace() {
        SanitizingFunction own = data -> data;
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoprSanitizingAutoConfiguration.class))
                .withBean("coprCredentialsSanitizingFunction", SanitizingFunction.class, () -> own)
                .run(context -> assertThat(context).getBean("coprCredentialsSanitizingFunction").isSameAs(own));
    }

    @Test
    void masksTokenAndLoginInEverySpelling() {
        for (String key : new String[] {"copr.token", "COPR_TOKEN", "copr.login", "COPR_LOGIN"}) {
            assertThat(sanitized(key, "secret")).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
    }

    @Test
    void masksAnyValueHoldingTheTokenOrTheLogin() {
        assertThat(sanitized("sun.java.command", "app.jar --copr.token=tok3n-value-never-shown"))
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitized("SPRING_APPLICATION_JSON", "{\"copr\": {\"login\": \"apiLoginXyz\"}}"))
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @Test
    void leavesOtherCoprPropertiesVisible() {
        assertThat(sanitized("copr.url", "https://copr.example.org")).isEqualTo("https://copr.example.org");
        assertThat(sanitized("copr.username", "jdoe")).isEqualTo("jdoe");
    }

    @Test
    void masksOnlyByKeyWithoutConnectionDetails() {
        SanitizingFunction withoutDetails = new CoprSanitizingAutoConfiguration().coprCredentialsSanitizingFunction(
                new StandardEnvironment(), new StaticListableBeanFactory().getBeanProvider(CoprConnectionDetails.class),
                noClients());

        assertThat(withoutDetails.applyUnlessFiltered(new SanitizableData(source, "sun.java.command", "app.jar"))
                .getValue()).isEqualTo("app.jar");
    }

    private static ObjectProvider<CoprClient> noClients() {
        return new StaticListableBeanFactory().getBeanProvider(CoprClient.class);
    }

    private Object sanitized(String key, String value) {
        return function.applyUnlessFiltered(new SanitizableData(source, key, value)).getValue();
    }
}
