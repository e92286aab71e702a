package dev.copr.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One request as the endpoints see it: path values, query, body fields and files, and the user its
 * credentials belong to.
 */
final class StubRequest {

    private final Map<String, String> pathValues;
    private final Map<String, List<String>> query;
    private final RequestBody body;
    private final @Nullable CoprStubUser user;
    private final String frontendUrl;

    /**
     * @param user the user of valid credentials; null when anonymous, or credentials Copr refuses
     * @param frontendUrl the stub's base URL, named in the 401 message
     */
    StubRequest(Map<String, String> pathValues, Map<String, List<String>> query, RequestBody body,
                @Nullable CoprStubUser user, String frontendUrl) {
        this.pathValues = pathValues;
        this.query = query;
        this.body = body;
        this.user = user;
        this.frontendUrl = frontendUrl;
    }

    /** The authenticated user; Copr's {@code api_login_required}: 401 without valid credentials. */
    CoprStubUser user() {
        if (user == null) {
            throw CoprError.loginInvalid(frontendUrl);
        }
        return user;
    }

    /** The first value of a query parameter. */
    @Nullable String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeated query parameter, e.g. {@code additional_fields[]}. */
    List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    /**
     * A view argument as Copr's {@code query_params} finds it: the query parameter, else the path
     * value; absent → 400 {@code Missing argument <name>}.
     */
    String argument(String name) {
        String value = optionalArgument(name);
        if (value == null) {
            throw CoprError.badRequest("Missing argument " + name);
        }
        return value;
    }

    /** A view argument that may be absent: the query parameter, else the path value. */
    @Nullable String optionalArgument(String name) {
        String value = query(name);
        return value != null ? value : pathValues.get(name);
    }

    /** A value of the matched path template, which has a segment of that name. */
    String path(String name) {
        return Objects.requireNonNull(pathValues.get(name), () -> "the route has no path value " + name);
    }

    /** A value of the matched path template, if it has a segment of that name. */
    @Nullable String optionalPath(String name) {
        return pathValues.get(name);
    }

    /** The body fields (JSON object, form, or the multipart {@code json} part). */
    FormData input() {
        return body.input();
    }

    /** The parsed JSON document of the body, whatever its type; null when there is none. */
    @Nullable Object json() {
        return body.json();
    }

    List<ReceivedFile> files() {
        return body.files();
    }

    /**
     * The owner and project a body names, as Copr's {@code get_copr()} reads them from the form or
     * JSON; a missing one is a {@code KeyError} on Copr, which answers 500.
     */
    String bodyField(String name) {
        String value = body.input().text(name);
        if (value == null || value.isEmpty()) {
            throw CoprError.serverError(CoprError.UNEXPECTED);
        }
        return value;
    }
}
