package dev.copr.client.config;

import dev.copr.client.exception.CoprConfigException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Replaces the {@code login} and {@code token} values of the {@code [copr-cli]} section and the
 * date of the {@code # expiration date:} comment in the text of a classic config file, leaving
 * every other character as it was: other keys, comments, blank lines, spacing, line terminators.
 * Lines follow {@link IniFile}'s reading of the file.
 */
final class TokenLines {

    private static final Pattern LINE = Pattern.compile("[^\\r\\n]*(\\r\\n|\\r|\\n)?");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]+");

    private TokenLines() {
    }

    /** A line without its terminator, and the terminator ({@code ""} on a last line without one). */
    private record Line(String text, String end) {
        @Override
        public String toString() {
            return text + end;
        }
    }

    /**
     * @param content the file's text, decoded byte for char (ISO-8859-1) so that it encodes back unchanged
     * @throws CoprConfigException when {@code [copr-cli]} does not hold both keys, or a value could not be written as is
     */
    static String replace(Path path, String content, String login, String token, @Nullable LocalDate expiration) {
        String loginValue = escaped(path, "login", login);
        String tokenValue = escaped(path, "token", token);
        List<Line> lines = split(content);
        List<String> out = new ArrayList<>(lines.size() + 1);
        String section = null;
        boolean loginFound = false;
        boolean commentFound = false;
        int tokenIndex = -1;
        String tokenEnd = "";
        boolean inReplacedValue = false;
        int keyIndent = 0;
        for (Line line : lines) {
            String stripped = line.text().strip();
            int indent = line.text().length() - line.text().stripLeading().length();
            if (IniFile.isComment(stripped)) {
                Optional<String> dated = ExpirationComment.withDate(line.text(), expiration);
                out.add(dated.map(text -> text + line.end()).orElseGet(line::toString));
                commentFound |= dated.isPresent();
                continue;
            }
            if (stripped.isEmpty()) {
                inReplacedValue = false;
                out.add(line.toString());
                continue;
            }
            if (inReplacedValue && indent > keyIndent) {
                continue; // a continuation line of a replaced value belongs to the old value
            }
            inReplacedValue = false;
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                section = stripped.substring(1, stripped.length() - 1);
                out.add(line.toString());
                continue;
            }
            int delimiter = IniFile.firstDelimiter(stripped);
            String key = delimiter <= 0 ? "" : stripped.substring(0, delimiter).strip().toLowerCase(Locale.ROOT);
            keyIndent = indent;
            if (ClassicConfigFile.SECTION.equals(section) && (key.equals("login") || key.equals("token"))) {
                out.add(withValue(line, indent + delimiter, key.equals("login") ? loginValue : tokenValue));
                inReplacedValue = true;
                loginFound |= key.equals("login");
                if (key.equals("token")) {
                    tokenIndex = out.size() - 1;
                    tokenEnd = line.end();
                }
                continue;
            }
            out.add(line.toString());
        }
        if (!loginFound || tokenIndex < 0) {
            throw new CoprConfigException(path + ": the [" + ClassicConfigFile.SECTION + "] section has no "
                    + (loginFound ? "'token'" : tokenIndex < 0 ? "'login' and 'token'" : "'login'")
                    + " line to replace; take a fresh file from <copr-url>/api");
        }
        if (!commentFound && tokenEnd.isEmpty()) {
            out.set(tokenIndex, out.get(tokenIndex) + "\n");
            out.add(tokenIndex + 1, ExpirationComment.newLine(expiration));
        } else if (!commentFound) {
            out.add(tokenIndex + 1, ExpirationComment.newLine(expiration) + tokenEnd);
        }
        return String.join("", out);
    }

    private static String withValue(Line line, int delimiter, String value) {
        String text = line.text();
        int valueStart = delimiter + 1;
        while (valueStart < text.length() && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
            valueStart++;
        }
        return text.substring(0, valueStart) + value + line.end();
    }

    private static String escaped(Path path, String key, String value) {
        if (value == null || !PRINTABLE.matcher(value).matches()) {
            throw new CoprConfigException("Cannot write the renewed " + key + " into " + path
                    + ": Copr answered a value that is empty or not printable ASCII");
        }
        return value.replace("%", "%%");
    }

    private static List<Line> split(String content) {
        List<Line> lines = new ArrayList<>();
        Matcher matcher = LINE.matcher(content);
        int position = 0;
        while (position < content.length() && matcher.find(position)) {
            String end = matcher.group(1) == null ? "" : matcher.group(1);
            lines.add(new Line(matcher.group().substring(0, matcher.group().length() - end.length()), end));
            position = matcher.end();
        }
        return lines;
    }
}
