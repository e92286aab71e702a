package dev.copr.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request the stub received, for assertions: what came in and how the stub answered. Credentials
 * are not recorded, only whom they authenticated.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the decoded path under {@code /api_3}, e.g. {@code /build/create/upload} or
 *             {@code /project/add/@copr}; requests outside the API keep their full path
 * @param query the decoded query parameters, in order, e.g. {@code additional_fields[]}
 * @param body the body's fields: the JSON object, the multipart {@code json} part, or the form
 *             fields (JSON {@code null} members left out, as Copr ignores them)
 * @param files the files of a multipart body, measured and dropped
 * @param user the name of the user the credentials authenticated; null when none, or refused
 * @param userAgent the {@code User-Agent} header
 * @param status the HTTP status the stub answered with
 * @since 0.1.0
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> query, Map<String, Object> body,
                              List<ReceivedFile> files, @Nullable String user, @Nullable String userAgent,
                              int status) {

    public RecordedRequest {
        query = Map.copyOf(query);
        body = body == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(body));
        files = List.copyOf(files);
    }

    /** The first value of a query parameter. */
    public @Nullable String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether the request was answered with a 2xx status. */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
