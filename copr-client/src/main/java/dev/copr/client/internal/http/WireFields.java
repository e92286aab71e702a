package dev.copr.client.internal.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A JSON object being put together from call arguments and option records, in Copr's field names
 * and order. Null values are left out, so an option that is not set is not sent and Copr keeps its
 * default. Used by the proxies and the option records to describe request bodies.
 *
 * @since 0.1.0
 */
public final class WireFields {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private WireFields() {
    }

    /** An empty object. */
    public static WireFields create() {
        return new WireFields();
    }

    /** Adds a field unless {@code value} is null; a {@link Duration} is sent as whole seconds. */
    public WireFields put(String name, @Nullable Object value) {
        if (value instanceof Duration duration) {
            fields.put(name, duration.toSeconds());
        } else if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    /** Adds every field of {@code more} whose value is not null. */
    public WireFields putAll(Map<String, ?> more) {
        if (more != null) {
            more.forEach(this::put);
        }
        return this;
    }

    /** The fields in the order they were added; unmodifiable. */
    public Map<String, Object> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
