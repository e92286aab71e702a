package dev.copr.client.mock;

import java.util.Locale;

/** Reads Copr's lower-case names of enum values leniently. */
final class CoprNames {

    private CoprNames() {
    }

    /** The value named {@code name} in any case, or {@code unknown}. */
    static <E extends Enum<E>> E parse(E[] values, E unknown, String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (E value : values) {
            if (value.name().equals(upper)) {
                return value;
            }
        }
        return unknown;
    }
}
