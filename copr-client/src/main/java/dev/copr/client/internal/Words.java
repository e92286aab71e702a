package dev.copr.client.internal;

import dev.copr.client.exception.CoprValidationException;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks of the string lists of options, naming the setting in the error.
 *
 * @since 0.1.0
 */
public final class Words {

    private Words() {
    }

    /** An unmodifiable copy of {@code values}, whose entries must not be null or blank; null stays null. */
    public static @Nullable List<String> nonBlank(String setting, @Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.stream().anyMatch(value -> value == null || value.isBlank())) {
            throw new CoprValidationException(setting + " must not contain null or blank entries, was " + values);
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy of {@code values}, each a word without whitespace (Copr splits at whitespace). */
    public static @Nullable List<String> noWhitespace(String setting, @Nullable List<String> values) {
        if (values == null) {
            return null;
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new CoprValidationException(setting + " entry '" + value
                        + "' must be a non-blank word: Copr splits entries at whitespace");
            }
        }
        return List.copyOf(values);
    }
}
