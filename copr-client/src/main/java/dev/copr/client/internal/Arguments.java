package dev.copr.client.internal;

import dev.copr.client.exception.CoprValidationException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Checks of call arguments made before any request, so bad input fails with a
 * {@link CoprValidationException} naming the argument instead of a confusing server answer.
 * Used by the proxies.
 *
 * @since 0.1.0
 */
public final class Arguments {

    private Arguments() {
    }

    /** An owner, project, package or chroot name: not null, not blank, no whitespace or slash. */
    public static String requireName(String argument, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new CoprValidationException(argument + " must not be " + (value == null ? "null" : "blank"));
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new CoprValidationException(argument + " '" + value + "' must not contain whitespace or '/'");
        }
        return value;
    }

    /** A value that must be present. */
    public static <T> T requireNonNull(String argument, @Nullable T value) {
        if (value == null) {
            throw new CoprValidationException(argument + " must not be null");
        }
        return value;
    }

    /** A text that must be present and not blank, e.g. a URL or a script. */
    public static String requireText(String argument, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new CoprValidationException(argument + " must not be " + (value == null ? "null" : "blank"));
        }
        return value;
    }

    /** A Copr id (build, project): positive. */
    public static long requireId(String argument, long value) {
        if (value <= 0) {
            throw new CoprValidationException(argument + " must be a positive id, was " + value);
        }
        return value;
    }

    /** A file to upload: must exist and be a readable regular file. */
    public static Path requireReadableFile(String argument, @Nullable Path file) {
        Path present = requireNonNull(argument, file);
        if (!Files.isRegularFile(present) || !Files.isReadable(present)) {
            throw new CoprValidationException(argument + " " + present.toAbsolutePath()
                    + (Files.exists(present) ? " is not a readable regular file" : " does not exist"));
        }
        return present;
    }

    /**
     * A value of an enum with {@code UNKNOWN} that is about to be sent: {@code UNKNOWN} only stands for an
     * answer this client does not know, and Copr would refuse it.
     */
    public static <E extends Enum<E>> @Nullable E requireSendable(String setting, @Nullable E value) {
        if (value != null && value.name().equals("UNKNOWN")) {
            throw new CoprValidationException(setting + " cannot be UNKNOWN: that value only stands for an answer"
                    + " this client does not know");
        }
        return value;
    }
}
