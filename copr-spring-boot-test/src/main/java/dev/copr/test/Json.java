package dev.copr.test;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stub's JSON: plain maps and lists in, plain maps and lists out, nulls written as Copr writes them.
 * Only JSON's own types are written, so an application running the stub after AOT compilation needs
 * no reflection hints for it.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Python's {@code json.dumps(value, indent=4)}, as Copr's builders write {@code results.json}. */
    private static final DefaultPrettyPrinter PYTHON_INDENT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("    ", "\n")).withArrayIndenter(new DefaultIndenter("    ", "\n"));

    private Json() {
    }

    /** @throws IllegalArgumentException for a value that is not made of maps, lists, strings, numbers and booleans */
    static byte[] write(Object value) {
        requirePlain(value, "answer");
        return MAPPER.writeValueAsBytes(value);
    }

    /** The value as Python's {@code json.dumps(value, indent=4)} writes it, e.g. Copr's {@code results.json}. */
    static String writeIndented(Object value) {
        requirePlain(value, "document");
        return MAPPER.writer().with(PYTHON_INDENT).writeValueAsString(value);
    }

    /** The parsed document (maps, lists, strings, numbers, booleans), or null when it is not JSON. */
    static @Nullable Object readOrNull(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void requirePlain(@Nullable Object value, String where) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, field) -> {
                if (!(key instanceof String name)) {
                    throw new IllegalArgumentException(where + " has a key that is not a string: " + key);
                }
                requirePlain(field, where + "." + name);
            });
        } else if (value instanceof Collection<?> list) {
            list.forEach(item -> requirePlain(item, where + "[]"));
        } else {
            throw new IllegalArgumentException(where + " is a " + value.getClass().getName()
                    + ", not a JSON type: write it as a map, list, string, number or boolean");
        }
    }
}
