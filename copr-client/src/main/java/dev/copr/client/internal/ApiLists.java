package dev.copr.client.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Normalises the lists of API records: Copr may send null or leave a list out.
 *
 * @since 0.1.0
 */
public final class ApiLists {

    private ApiLists() {
    }

    /** An unmodifiable copy, empty for null. */
    public static <T> List<T> copyOf(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
