package dev.copr.client.internal;

import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * The {@code toString()} of option values: their name and the settings that are set.
 *
 * @since 0.1.0
 */
public final class ValueText {

    private ValueText() {
    }

    /** {@code Type[name=value, ...]} for every value that is not null. */
    public static String of(String type, String[] names, @Nullable Object[] values) {
        StringJoiner text = new StringJoiner(", ", type + "[", "]");
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                text.add(names[i] + "=" + values[i]);
            }
        }
        return text.toString();
    }
}
