package dev.copr.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code copr.*} property names the configuration metadata on the class path knows, those of
 * {@link CoprProperties} and those of other modules (e.g. the test kit's {@code copr.stub.*}), whose
 * beans may not even exist when they are switched off.
 */
final class CoprPropertyNames {

    /** The configuration metadata of every module, read to name the closest key to a typo. */
    static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private final Set<String> properties;
    private final Set<String> foreignGroups;

    private CoprPropertyNames(Set<String> properties, Set<String> foreignGroups) {
        this.properties = properties;
        this.foreignGroups = foreignGroups;
    }

    /** The names in every metadata file of the class loader. */
    static CoprPropertyNames load(ClassLoader classLoader) {
        Set<String> properties = new TreeSet<>();
        Set<String> foreignGroups = new TreeSet<>();
        try {
            for (URL metadata : Collections.list(classLoader.getResources(METADATA))) {
                try (InputStream in = metadata.openStream()) {
                    JsonNode json = JsonMapper.shared().readTree(in);
                    json.path("properties").forEach(property -> addIfCopr(properties, property.path("name").asString()));
                    json.path("groups").forEach(group -> {
                        if (!group.path("type").asString().startsWith(CoprProperties.class.getName())) {
                            addIfCopr(foreignGroups, group.path("name").asString());
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + METADATA, e);
        }
        return new CoprPropertyNames(properties, foreignGroups);
    }

    /** Whether the name belongs to a group of another module, such as {@code copr.stub}. */
    boolean isForeign(String name) {
        return foreignGroups.stream().anyMatch(group -> name.startsWith(group + "."));
    }

    /** The known property closest to a misspelt one, if any is close enough to be the one meant. */
    Optional<String> closest(String name) {
        return properties.stream().min(Comparator.comparingInt(known -> distance(known, name)))
                .filter(known -> distance(known, name) <= Math.max(2, name.length() / 3));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static void addIfCopr(Set<String> names, String name) {
        if (name.startsWith("copr.")) {
            names.add(name);
        }
    }
}
