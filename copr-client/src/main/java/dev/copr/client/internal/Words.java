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

    /** Refuses {@code values} with an entry that is null or blank; null passes. */
    public static void requireNonBlank(String setting, @Nullable List<String> values) {
        if (values != null && values.stream().anyMatch(value -> value == null || value.isBlank())) {
            throw new CoprValidationException(setting + " must not contain null or blank entries, was " + values);
        }
    }

    /** Refuses {@code values} with an entry that is not a word without whitespace (Copr splits at whitespace). */
    public static void requireNoWhitespace(String setting, @Nullable List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new CoprValidationException(setting + " entry '" + value
                        + "' must be a non-blank word: Copr splits entries at whitespace");
            }
        }
    }
}
