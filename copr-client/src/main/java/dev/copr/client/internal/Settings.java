package dev.copr.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * The settings that are set in one options value, each under a typed {@link Key} declared once by
 * its options class: what the value's accessors read, and what its {@code equals}, {@code hashCode}
 * and {@code toString} compare and show. Unset settings are absent.
 *
 * <pre>{@code
 * private static final Settings.Schema SCHEMA = new Settings.Schema();
 * private static final Settings.Key<Integer> LIMIT = SCHEMA.key("limit");
 * ...
 * public @Nullable Integer limit() { return settings.get(LIMIT); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Settings {

    private final Schema schema;
    private final Map<Key<?>, Object> values;

    private Settings(Schema schema, Map<Key<?>, Object> values) {
        this.schema = schema;
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** The value of {@code key}, or null when it is not set. */
    @SuppressWarnings("unchecked") // only Builder.set puts values, typed by their key
    public <T> @Nullable T get(Key<T> key) {
        return (T) values.get(key);
    }

    /** The value of {@code key}, which the options class always sets. */
    public <T> T require(Key<T> key) {
        return Objects.requireNonNull(get(key), key.name);
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder builder = new Builder(schema);
        builder.values.putAll(values);
        return builder;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Settings that && schema == that.schema && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@code type[name=value, ...]} for the settings that are set, in the order their keys were declared. */
    public String toString(String type) {
        StringJoiner text = new StringJoiner(", ", type + "[", "]");
        for (Key<?> key : schema.keys) {
            Object value = values.get(key);
            if (value != null) {
                text.add(key.name + "=" + value);
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return toString("Settings");
    }

    /** The keys of one kind of options value, in declaration order. */
    public static final class Schema {

        private final List<Key<?>> keys = new ArrayList<>();

        /** Declares the next setting, named as its accessor. */
        public <T> Key<T> key(String name) {
            Key<T> key = new Key<>(name);
            keys.add(key);
            return key;
        }

        /** A builder with every setting unset. */
        public Builder builder() {
            return new Builder(this);
        }
    }

    /**
     * One setting, named as its accessor.
     *
     * @param <T> the class of its values
     */
    public static final class Key<T> {

        private final String name;

        private Key(String name) {
            this.name = name;
        }

        /** The setting's name, as its accessor is named. */
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Collects settings; setting null unsets. */
    public static final class Builder {

        private final Schema schema;
        private final Map<Key<?>, Object> values = new HashMap<>();

        private Builder(Schema schema) {
            this.schema = schema;
        }

        /** Sets {@code key} to {@code value}, or unsets it when {@code value} is null. */
        public <T> Builder set(Key<T> key, @Nullable T value) {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
            return this;
        }

        /** Sets {@code key} to an unmodifiable copy of {@code values}, or unsets it when they are null. */
        public <E> Builder setList(Key<List<E>> key, @Nullable List<? extends E> values) {
            return set(key, values == null ? null : Collections.unmodifiableList(new ArrayList<E>(values)));
        }

        /** The value set so far for {@code key}, or null. */
        @SuppressWarnings("unchecked") // only set puts values, typed by their key
        public <T> @Nullable T get(Key<T> key) {
            return (T) values.get(key);
        }

        /** The settings set so far. */
        public Settings build() {
            return new Settings(schema, values);
        }
    }
}
