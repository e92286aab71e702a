package dev.copr.test;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The stub's JSON: plain maps and lists in, plain maps and lists out, nulls written as Copr writes them. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /** The parsed document (maps, lists, strings, numbers, booleans), or null when it is not JSON. */
    static @Nullable Object readOrNull(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            return null;
        }
    }
}
