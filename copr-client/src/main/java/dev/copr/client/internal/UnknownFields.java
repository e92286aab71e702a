package dev.copr.client.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Holds the JSON fields of an API object that this client version does not know, so nothing a
 * newer Copr sends is lost. API records take them through their {@code extra} component.
 *
 * @since 0.1.0
 */
public final class UnknownFields {

    private UnknownFields() {
    }

    /** An unmodifiable copy, empty for null; null values are kept. */
    public static Map<String, @Nullable Object> copyOf(@Nullable Map<String, @Nullable Object> fields) {
        return fields == null || fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
