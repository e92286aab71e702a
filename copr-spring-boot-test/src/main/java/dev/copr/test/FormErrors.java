package dev.copr.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Validation errors of one form, per field; the {@code null} field holds form-level errors. */
final class FormErrors {

    private final Map<@Nullable String, List<String>> errors = new LinkedHashMap<>();

    /** @param field the field; null for an error of the whole form */
    void add(@Nullable String field, String message) {
        errors.computeIfAbsent(field, name -> new ArrayList<>()).add(message);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Copr's {@code InvalidForm}: 400 with one {@code field: message} line per error. */
    CoprError invalidForm() {
        return CoprError.badRequest(errors.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream()
                        .map(message -> (entry.getKey() == null ? "None" : entry.getKey()) + ": " + message))
                .collect(Collectors.joining("\n")));
    }

    /** The build endpoints' {@code Bad request parameters: {...}} (400). */
    CoprError badRequestParameters() {
        return CoprError.badRequest("Bad request parameters: " + PyRepr.of(errors));
    }

    /** Copr's pagination errors: {@code CoprHttpException(form.errors)}, 500. */
    CoprError paginationError() {
        return CoprError.serverError(PyRepr.of(errors));
    }
}
