package dev.copr.client.internal.http;

import dev.copr.client.exception.CoprValidationException;

import java.util.List;

/**
 * Checks the values placed into a request path. Percent-encoding keeps {@code /} inside one
 * segment, but a whole segment {@code .} or {@code ..} is still a dot segment that servers and
 * proxies resolve, so {@code DELETE /project/delete/jdoe/..} would reach another endpoint.
 */
final class PathValues {

    private PathValues() {
    }

    /**
     * @throws CoprValidationException naming the placeholder (e.g. {@code projectname}) of a value
     *         that is {@code .} or {@code ..}
     */
    static void requireNoDotSegments(String operation, String pathTemplate, List<Object> values) {
        int open = -1;
        for (Object value : values) {
            open = pathTemplate.indexOf('{', open + 1);
            String text = String.valueOf(value);
            if (text.equals(".") || text.equals("..")) {
                String role = open < 0 ? "a path value"
                        : pathTemplate.substring(open + 1, pathTemplate.indexOf('}', open));
                throw new CoprValidationException(operation + ": " + role + " '" + text + "' is not a valid name: in a"
                        + " URL path it means the current or the parent directory, so the request would reach another"
                        + " endpoint");
            }
        }
    }
}
