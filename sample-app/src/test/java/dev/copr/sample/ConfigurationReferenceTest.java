package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every Copr property of the generated metadata has a row in the chapter of docs/ that documents its feature, and
 * no table documents a property that does not exist.
 */
class ConfigurationReferenceTest {

    /** The header of a table of properties: its first column is headed "property". */
    private static final Pattern PROPERTY_TABLE = Pattern.compile("^\\| [Pp]roperty \\|");
    private static final Pattern PROPERTY_ROW = Pattern.compile("^\\| `((?:copr|management\\.health\\.copr)\\.[^`]+)` \\|");

    @Test
    void everyCoprPropertyHasARowInItsChapter() throws IOException {
        List<String> properties = coprProperties();

        assertThat(properties).contains("copr.url", "copr.token", "copr.retry.max-attempts",
                "management.health.copr.enabled", "copr.events.enabled", "copr.token-renewal.enabled",
                "copr.stub.enabled");
        List<String> missing = properties.stream()
                .filter(name -> !Documentation.read(chapter(name)).contains("| `" + name + "` |"))
                .map(name -> name + " in " + Documentation.name(chapter(name)))
                .toList();
        assertThat(missing).as("properties without a row | `name` | in the chapter that documents them").isEmpty();
    }

    @Test
    void everyPropertyRowNamesAPropertyThatExists() throws IOException {
        List<String> properties = coprProperties();
        List<String> unknown = new ArrayList<>();
        for (Path file : Documentation.files()) {
            boolean propertyTable = false;
            for (String line : Documentation.prose(file).lines().toList()) {
                propertyTable = line.startsWith("|") && (propertyTable || PROPERTY_TABLE.matcher(line).find());
                Matcher row = PROPERTY_ROW.matcher(line);
                if (propertyTable && row.find() && !properties.contains(row.group(1))) {
                    unknown.add(row.group(1) + " in " + Documentation.name(file));
                }
            }
        }
        assertThat(unknown).as("table rows for Copr properties that no module defines").isEmpty();
    }

    /** The chapter expected to list the property: the feature's own, else the starter's configuration reference. */
    private static Path chapter(String property) {
        if (property.startsWith("copr.events.")) {
            return Documentation.chapter("events.md");
        }
        if (property.startsWith("copr.stub.")) {
            return Documentation.chapter("testing.md");
        }
        if (property.startsWith("copr.token-") || property.endsWith(".token-warning-status")) {
            return Documentation.chapter("token-lifecycle.md");
        }
        return Documentation.chapter("spring-boot.md");
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
