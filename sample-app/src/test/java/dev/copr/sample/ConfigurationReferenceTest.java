package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The README's configuration reference lists every Copr property of the generated metadata. */
class ConfigurationReferenceTest {

    @Test
    void readmeTableNamesEveryCoprProperty() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> properties = coprProperties();

        assertThat(properties).contains("copr.url", "copr.token", "copr.retry.max-attempts",
                "management.health.copr.enabled");
        assertThat(properties).allSatisfy(name -> assertThat(readme).as("README row for %s", name)
                .contains("| `" + name + "` |"));
    }

    private static List<String> coprProperties() throws IOException {
        List<String> names = new ArrayList<>();
        for (URL metadata : Collections.list(ConfigurationReferenceTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                Map<?, ?> json = JsonMapper.shared().readValue(in, Map.class);
                for (Object property : (List<?>) json.get("properties")) {
                    String name = (String) ((Map<?, ?>) property).get("name");
                    if (name.startsWith("copr.") || name.startsWith("management.health.copr.")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
