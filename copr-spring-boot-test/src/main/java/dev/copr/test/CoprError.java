package dev.copr.test;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer as Copr's API error handler writes it: the status of the exception and
 * {@code {"error": message}} ({@code {"output": "notok", "error": ...}} for a refused token).
 */
final class CoprError extends RuntimeException {

    /** Copr's message for errors it did not foresee. */
    static final String UNEXPECTED = "Request wasn't successful, there is probably a bug in the Copr code.";

    private final int status;

    CoprError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static CoprError badRequest(String message) {
        return new CoprError(400, message);
    }

    static CoprError forbidden(String message) {
        return new CoprError(403, message);
    }

    static CoprError notFound(String message) {
        return new CoprError(404, message);
    }

    static CoprError conflict(String message) {
        return new CoprError(409, message);
    }

    /** Copr's {@code CoprHttpException}: status 500 with a message meant for the user. */
    static CoprError serverError(String message) {
        return new CoprError(500, message);
    }

    /** What Copr answers when it has no valid API token for a call that needs one. */
    static CoprError loginInvalid(String frontendUrl) {
        return new CoprError(401, "Login invalid/expired. Please visit " + frontendUrl
                + "/api to get or renew your API token.");
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (status == 401) {
            body.put("output", "notok");
        }
        body.put("error", getMessage());
        return body;
    }
}
