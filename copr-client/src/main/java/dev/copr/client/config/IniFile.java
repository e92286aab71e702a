package dev.copr.client.config;

import dev.copr.client.exception.CoprConfigException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The INI dialect of Python's {@code configparser} with its defaults: {@code [section]} headers,
 * {@code key = value} or {@code key: value}, lower-cased keys, full-line {@code #} and {@code ;}
 * comments, indented continuation lines, a {@code DEFAULT} section inherited by every other,
 * {@code %(key)s} and {@code %%} interpolation, no duplicate sections or keys.
 */
final class IniFile {

    private static final String DEFAULT_SECTION = "DEFAULT";
    private static final int MAX_INTERPOLATION_DEPTH = 10;
    /** Far above any real config file; a bigger one is a mistake or an attack on the heap. */
    private static final int MAX_FILE_BYTES = 1024 * 1024;
    /** Bounds the value {@code %(x)s} references can expand to: a few nested ones grow exponentially. */
    private static final int MAX_VALUE_CHARS = 64 * 1024;

    private final Path path;
    private final Map<String, Map<String, Entry>> sections;
    private final List<String> comments;

    private record Entry(String value, int line) {
    }

    private IniFile(Path path, Map<String, Map<String, Entry>> sections, List<String> comments) {
        this.path = path;
        this.sections = sections;
        this.comments = comments;
    }

    static IniFile read(Path path) {
        List<String> lines;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new CoprConfigException(path + " is larger than 1 MiB, which no Copr config file is: check the"
                        + " path, or take a fresh file from <copr-url>/api");
            }
            lines = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
        } catch (IOException e) {
            throw new CoprConfigException("Cannot read " + path + ": " + e.getMessage());
        }
        return new IniFile(path, parse(path, lines), commentTexts(lines));
    }

    /** The text of each full-line comment, without its marker, in file order. */
    List<String> comments() {
        return comments;
    }

    boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** The interpolated value of a key in a section (or DEFAULT), if present. */
    Optional<String> get(String section, String key) {
        return Optional.ofNullable(lookup(section, key)).map(entry -> interpolate(section, key, entry, 0));
    }

    private @Nullable Entry lookup(String section, String key) {
        Entry entry = sections.getOrDefault(section, Map.of()).get(key);
        return entry != null ? entry : sections.getOrDefault(DEFAULT_SECTION, Map.of()).get(key);
    }

    private String interpolate(String section, String key, Entry entry, int depth) {
        if (depth > MAX_INTERPOLATION_DEPTH) {
            throw error(entry.line(), "key '" + key + "' nests %(...)s references too deeply; write the value out");
        }
        String value = entry.value();
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '%') {
                result.append(c);
                i++;
            } else if (value.startsWith("%%", i)) {
                result.append('%');
                i += 2;
            } else if (value.startsWith("%(", i) && value.indexOf(")s", i) > 0) {
                int end = value.indexOf(")s", i);
                String reference = value.substring(i + 2, end).toLowerCase(Locale.ROOT);
                Entry referenced = lookup(section, reference);
                if (referenced == null) {
                    throw error(entry.line(), "key '" + key + "' refers to %(" + reference + ")s, which is not set");
                }
                result.append(interpolate(section, reference, referenced, depth + 1));
                if (result.length() > MAX_VALUE_CHARS) {
                    throw error(entry.line(), "key '" + key + "' expands to more than 64 KiB through its %(...)s"
                            + " references; write the value out");
                }
                i = end + 2;
            } else {
                throw error(entry.line(), "key '" + key + "' has a lone '%'; write '%%' for a literal percent sign");
            }
        }
        return result.toString();
    }

    private static Map<String, Map<String, Entry>> parse(Path path, List<String> lines) {
        Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
        Map<String, Entry> current = null;
        String currentKey = null;
        int keyIndent = 0;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            String stripped = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (isComment(stripped)) {
                continue;
            }
            if (stripped.isEmpty()) {
                currentKey = null;
                continue;
            }
            if (current != null && currentKey != null && indent > keyIndent) {
                Entry previous = Objects.requireNonNull(current.get(currentKey), "a continued key was read before");
                current.put(currentKey, new Entry(previous.value() + "\n" + stripped, previous.line()));
                continue;
            }
            if (stripped.startsWith("[") && stripped.endsWith("]")) {
                String name = stripped.substring(1, stripped.length() - 1);
                if (sections.containsKey(name)) {
                    throw new CoprConfigException(path + ", line " + number + ": section [" + name
                            + "] appears twice; merge the two into one");
                }
                current = new LinkedHashMap<>();
                sections.put(name, current);
                currentKey = null;
                continue;
            }
            if (current == null) {
                throw new CoprConfigException(path + ", line " + number
                        + ": a key outside any section; the file must start with a header such as [copr-cli]");
            }
            int delimiter = firstDelimiter(stripped);
            if (delimiter <= 0) {
                throw new CoprConfigException(path + ", line " + number
                        + ": not a 'key = value' line, a [section] header or a comment; fix or remove the line");
            }
            String key = stripped.substring(0, delimiter).strip().toLowerCase(Locale.ROOT);
            if (current.containsKey(key)) {
                throw new CoprConfigException(path + ", line " + number + ": key '" + key
                        + "' is set twice in the same section; keep one");
            }
            current.put(key, new Entry(stripped.substring(delimiter + 1).strip(), number));
            currentKey = key;
            keyIndent = indent;
        }
        return sections;
    }

    private static List<String> commentTexts(List<String> lines) {
        return lines.stream().map(String::strip).filter(IniFile::isComment).map(line -> line.substring(1).strip())
                .toList();
    }

    static boolean isComment(String strippedLine) {
        return strippedLine.startsWith("#") || strippedLine.startsWith(";");
    }

    /** The index of the first {@code =} or {@code :} of a key line, or -1. */
    static int firstDelimiter(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private CoprConfigException error(int line, String message) {
        return new CoprConfigException(path + ", line " + line + ": " + message);
    }
}
