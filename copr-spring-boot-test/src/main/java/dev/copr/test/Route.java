package dev.copr.test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One method and path template under {@code /api_3}, e.g. {@code GET /build/{build_id:int}}. A
 * {@code {name}} segment matches any segment, {@code {name:int}} only digits (otherwise Copr's URL
 * rule does not match and the answer is 404).
 *
 * @param method the HTTP method
 * @param template the path template
 * @param useInstead for a method Copr still serves but deprecates: the method to use instead (Copr
 *                   then sends a {@code Warning} header); null otherwise
 * @param handler the endpoint
 */
record Route(String method, String template, @Nullable String useInstead, Handler handler) {

    /** The path values of {@code segments} when they match the template, else null. */
    @Nullable Map<String, String> match(List<String> segments) {
        List<String> parts = segments(template);
        if (parts.size() != segments.size()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            String segment = segments.get(i);
            if (part.startsWith("{")) {
                String name = part.substring(1, part.length() - 1);
                if (name.endsWith(":int")) {
                    if (!segment.chars().allMatch(Character::isDigit) || segment.length() > 18) {
                        return null;
                    }
                    name = name.substring(0, name.length() - 4);
                }
                values.put(name, segment);
            } else if (!part.equals(segment)) {
                return null;
            }
        }
        return values;
    }

    /** The non-empty segments of a path. */
    static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
}
