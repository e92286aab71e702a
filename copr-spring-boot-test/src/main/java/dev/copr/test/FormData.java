package dev.copr.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a request body as Copr's WTForms see them ({@code json2form}): null fields count as
 * absent, lists may come as JSON arrays or space-separated text, booleans follow
 * {@code FALSE_VALUES = {False, "false", ""}} (so the text {@code "False"} is true, as on Copr).
 */
final class FormData {

    private final Map<String, Object> fields;

    private FormData(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** The fields of a JSON object or form, without the null ones. */
    static FormData of(@Nullable Map<?, ?> input) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (input != null) {
            input.forEach((name, value) -> {
                if (value != null) {
                    fields.put(String.valueOf(name), value);
                }
            });
        }
        return new FormData(fields);
    }

    static FormData empty() {
        return new FormData(new LinkedHashMap<>());
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    @Nullable Object raw(String name) {
        return fields.get(name);
    }

    /** A copy with the fields renamed as Copr's {@code rename_fields} does for an endpoint. */
    FormData renamed(Map<String, String> renames) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        fields.forEach((name, value) -> renamed.put(renames.getOrDefault(name, name), value));
        return new FormData(renamed);
    }

    /** A copy with a field added (or replaced). */
    FormData with(String name, @Nullable Object value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        if (value != null) {
            more.put(name, value);
        }
        return new FormData(more);
    }

    /** A field as text: lists joined by spaces, booleans as Python writes them; null when absent. */
    @Nullable String text(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FormData::scalarText).collect(Collectors.joining(" "));
        }
        return scalarText(value);
    }

    /** A boolean field; null when absent. */
    @Nullable Boolean bool(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        boolean falseValue = Boolean.FALSE.equals(value) || "false".equals(value) || "".equals(value)
                || (value instanceof Number number && number.doubleValue() == 0);
        return !falseValue;
    }

    /** A boolean field with the form's default when absent. */
    boolean bool(String name, boolean absent) {
        Boolean value = bool(name);
        return value == null ? absent : value;
    }

    /** An integer field; null when absent or empty, else an error "Not a valid integer value.". */
    @Nullable Integer integer(String name, FormErrors errors) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        String text = scalarText(value).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(name, "Not a valid integer value.");
            return null;
        }
    }

    /** A list field: a JSON array, or text split on whitespace; empty when absent. */
    List<String> list(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.stream().filter(item -> item != null).forEach(item -> items.add(scalarText(item)));
            return items;
        }
        String text = scalarText(value).strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    /** The fields as received, for recording. */
    Map<String, Object> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    private static String scalarText(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        return String.valueOf(value);
    }
}
