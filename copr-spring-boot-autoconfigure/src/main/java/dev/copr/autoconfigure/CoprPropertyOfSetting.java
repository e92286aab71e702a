package dev.copr.autoconfigure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Translates the client's names of settings ({@code CoprConfig.readTimeout},
 * {@code RetryOptions.maxAttempts}) into the {@code copr.*} properties that set them, so that an error
 * of the plain client speaks of the property a Spring Boot user wrote.
 */
final class CoprPropertyOfSetting {

    private static final Pattern WORD_START = Pattern.compile("(?=[A-Z])");

    private CoprPropertyOfSetting() {
    }

    /** The property of {@code setting}, e.g. {@code copr.retry.max-attempts} for {@code RetryOptions.maxAttempts}. */
    static String of(String setting) {
        int dot = setting.indexOf('.');
        String type = setting.substring(0, dot);
        String prefix = type.equals("RetryOptions") ? "copr.retry." : "copr.";
        return prefix + WORD_START.matcher(setting.substring(dot + 1)).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
