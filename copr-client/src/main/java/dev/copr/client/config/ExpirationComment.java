package dev.copr.client.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code # expiration date: YYYY-MM-DD} comment that Copr's web UI (and {@code copr-cli
 * new-api-token}) writes into the classic config file: the last day the token is valid.
 */
final class ExpirationComment {

    /** A full comment line: marker and label, the date, trailing blanks. */
    private static final Pattern LINE = Pattern.compile("(\\s*[#;]\\s*expiration date:[ \\t]*)(.*?)([ \\t]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT = Pattern.compile("expiration date:\\s*(\\S*)\\s*", Pattern.CASE_INSENSITIVE);

    private ExpirationComment() {
    }

    /**
     * The date of a comment's text (without its marker), if it is the expiration comment with a
     * date; the web UI's {@code LOGIN_TO_REVEAL} placeholder and other non-dates give none.
     */
    static Optional<LocalDate> dateOf(String commentText) {
        Matcher matcher = TEXT.matcher(commentText);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /**
     * The raw file line (no line terminator) with its date replaced, marker, spacing and trailing
     * blanks kept, when it is the expiration comment; empty for any other line.
     */
    static Optional<String> withDate(String line, @Nullable LocalDate expiration) {
        Matcher matcher = LINE.matcher(line);
        return matcher.matches() ? Optional.of(matcher.group(1) + text(expiration) + matcher.group(3)) : Optional.empty();
    }

    /** A new comment line, as Copr's web UI writes it. */
    static String newLine(@Nullable LocalDate expiration) {
        return "# expiration date: " + text(expiration);
    }

    private static String text(@Nullable LocalDate expiration) {
        return expiration == null ? "unknown" : expiration.toString();
    }
}
