package dev.copr.client.internal;

import java.util.List;

/** Normalises the lists of API records: Copr may send null or leave a list out. */
public final class ApiLists {

    private ApiLists() {
    }

    /** An unmodifiable copy, empty for null. */
    public static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
