package dev.copr.client.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.json.JsonMapper;

class MockSettingsTest {

    private final JsonMapper json = JsonMapper.shared();

    @ParameterizedTest
    @EnumSource(value = Bootstrap.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyBootstrapTravelsAsCoprsNameAndBack(Bootstrap bootstrap) {
        String sent = json.writeValueAsString(bootstrap);

        assertThat(sent).isEqualTo("\"" + bootstrap.name().toLowerCase() + "\"");
        assertThat(json.readValue(sent, Bootstrap.class)).isEqualTo(bootstrap);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyIsolationTravelsAsCoprsNameAndBack(Isolation isolation) {
        assertThat(json.readValue(json.writeValueAsString(isolation), Isolation.class)).isEqualTo(isolation);
    }

    @Test
    void valuesANewerCoprSendsReadAsUnknownInAnyCase() {
        assertThat(json.readValue("\"podman\"", Isolation.class)).isEqualTo(Isolation.UNKNOWN);
        assertThat(json.readValue("\"oci_layer\"", Bootstrap.class)).isEqualTo(Bootstrap.UNKNOWN);
        assertThat(Bootstrap.fromCoprName("Custom_Image")).isEqualTo(Bootstrap.CUSTOM_IMAGE);
        assertThat(Arrays.stream(Isolation.values()).map(Isolation::coprName))
                .containsExactly("unchanged", "default", "nspawn", "simple", "unknown");
    }
}
