package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration metadata this module ships: generated from its classes, merged with the additional file. */
class ConfigurationMetadataTest {

    private static final JsonNode METADATA = read();

    @Test
    void healthSettingsFollowSpringBootsManagementHealthNames() {
        assertThat(property("management.health.copr.enabled").path("defaultValue").asBoolean()).isTrue();
        assertThat(property("management.health.copr.timeout").path("defaultValue").asString()).isEqualTo("5s");
        assertThat(property("management.health.copr.cache-ttl").path("defaultValue").asString()).isEqualTo("30s");
        assertThat(property("management.health.copr.token-warning-status").path("defaultValue").asString())
                .isEqualTo("UP");
    }

    @Test
    void formerHealthNamesAreDeprecatedAndPointToTheirReplacements() {
        for (String name : List.of("timeout", "cache-ttl", "token-warning-status")) {
            JsonNode deprecation = property("copr.health." + name).path("deprecation");
            assertThat(deprecation.path("level").asString()).as(name).isEqualTo("warning");
            assertThat(deprecation.path("replacement").asString()).as(name)
                    .isEqualTo("management.health.copr." + name);
        }
    }

    @Test
    void everyReplacementAndHintNamesAKnownProperty() {
        List<String> named = StreamSupport.stream(METADATA.path("properties").spliterator(), false)
                .map(property -> property.path("deprecation").path("replacement").asString(""))
                .filter(replacement -> !replacement.isEmpty()).toList();
        assertThat(named).isNotEmpty().allSatisfy(ConfigurationMetadataTest::property);
        METADATA.path("hints").forEach(hint -> property(hint.path("name").asString()));
    }

    private static JsonNode property(String name) {
        return StreamSupport.stream(METADATA.path("properties").spliterator(), false)
                .filter(property -> property.path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name + " in the metadata"));
    }

    /** This module's file, not those of Spring Boot's jars on the class path. */
    private static JsonNode read() {
        URI classes;
        try {
            classes = CoprProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = classes.resolve(CoprPropertyNames.METADATA).toURL().openStream()) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
