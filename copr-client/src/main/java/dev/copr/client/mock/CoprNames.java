package dev.copr.client.mock;

/** Reads Copr's lower-case names of enum values leniently. */
final class CoprNames {

    private CoprNames() {
    }

    /** The value named {@code name} in any case, or {@code unknown}. */
    static <E extends Enum<E>> E parse(E[] values, E unknown, String name) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        return unknown;
    }
}
