package dev.copr.test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Python's {@code repr()} of form errors, as Copr puts {@code form.errors} into some messages. */
final class PyRepr {

    private PyRepr() {
    }

    /** E.g. {@code {'chroots': ["'x' is not a valid choice for this field."]}}. */
    static String of(Map<String, List<String>> errors) {
        return errors.entrySet().stream()
                .map(entry -> (entry.getKey() == null ? "None" : string(entry.getKey())) + ": "
                        + entry.getValue().stream().map(PyRepr::string).collect(Collectors.joining(", ", "[", "]")))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A string literal as Python writes it: single quotes unless the text holds only the other kind. */
    static String string(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
