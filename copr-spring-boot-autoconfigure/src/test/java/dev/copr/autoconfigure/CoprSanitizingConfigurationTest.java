package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.MapPropertySource;

class CoprSanitizingConfigurationTest {

    private static final CoprConnectionDetails CREDENTIALS = new CoprConnectionDetails() {
        @Override
        public URI getUrl() {
            return URI.create("https://copr.example.org");
        }

        @Override
        public String getLogin() {
            return "apiLoginXyz";
        }

        @Override
        public String getToken() {
            return "tok3n-value-never-shown";
        }

        @Override
        public String getUsername() {
            return "jdoe";
        }
    };

    private final SanitizingFunction function = new CoprSanitizingConfiguration().coprCredentialsSanitizingFunction(
            new StaticListableBeanFactory(Map.of("coprConnectionDetails", CREDENTIALS))
                    .getBeanProvider(CoprConnectionDetails.class));
    private final MapPropertySource source = new MapPropertySource("test", Map.of());

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
        SanitizingFunction withoutDetails = new CoprSanitizingConfiguration().coprCredentialsSanitizingFunction(
                new StaticListableBeanFactory().getBeanProvider(CoprConnectionDetails.class));

        assertThat(withoutDetails.applyUnlessFiltered(new SanitizableData(source, "sun.java.command", "app.jar"))
                .getValue()).isEqualTo("app.jar");
    }

    private Object sanitized(String key, String value) {
        return function.applyUnlessFiltered(new SanitizableData(source, key, value)).getValue();
    }
}
