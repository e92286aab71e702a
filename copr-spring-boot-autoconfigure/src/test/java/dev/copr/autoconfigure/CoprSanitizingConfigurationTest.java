package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

class CoprSanitizingConfigurationTest {

    private final SanitizingFunction function = new CoprSanitizingConfiguration().coprCredentialsSanitizingFunction();
    private final MapPropertySource source = new MapPropertySource("test", Map.of());

    @Test
    void masksTokenAndLoginInEverySpelling() {
        for (String key : new String[] {"copr.token", "COPR_TOKEN", "copr.login", "COPR_LOGIN"}) {
            assertThat(function.applyUnlessFiltered(new SanitizableData(source, key, "secret")).getValue())
                    .as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
    }

    @Test
    void leavesOtherCoprPropertiesVisible() {
        assertThat(function.applyUnlessFiltered(new SanitizableData(source, "copr.url", "https://copr.example.org"))
                .getValue()).isEqualTo("https://copr.example.org");
    }
}
