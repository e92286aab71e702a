package dev.copr.client.internal.http;

import dev.copr.client.page.OrderType;
import dev.copr.client.page.Pagination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One Copr API v3 call as the proxies describe it: method, operation name, path under
 * {@code /api_3}, query, body and whether it sends credentials. Immutable; each {@code with}
 * method returns a copy.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param operation python-copr's name for the call, e.g. {@code build.create_from_url}
 * @param pathTemplate path under {@code /api_3} with {@code {placeholders}}, e.g. {@code /build/{id}}
 * @param pathValues values for the placeholders, in order
 * @param query query parameters in order; null values are not sent
 * @param json the JSON body, if any
 * @param files file parts of a multipart body
 * @param multipart whether the body is multipart, with the JSON in a part named {@code json} (as python-copr's
 *                  {@code FileRequest} sends it) followed by the file parts
 * @param authenticated whether the call sends the API credentials
 * @since 0.1.0
 */
public record CoprRequest(String method, String operation, String pathTemplate, List<Object> pathValues,
                          List<Map.Entry<String, Object>> query, @Nullable Object json, List<FilePart> files,
                          boolean multipart, boolean authenticated) {

    public CoprRequest {
        pathValues = List.copyOf(pathValues);
        PathValues.requireNoDotSegments(operation, pathTemplate, pathValues);
        query = List.copyOf(query);
        files = List.copyOf(files);
    }

    /** An anonymous GET. */
    public static CoprRequest get(String operation, String pathTemplate, Object... pathValues) {
        return of("GET", operation, pathTemplate, pathValues);
    }

    /** An authenticated POST. */
    public static CoprRequest post(String operation, String pathTemplate, Object... pathValues) {
        return of("POST", operation, pathTemplate, pathValues).withAuthentication();
    }

    /** An authenticated PUT. */
    public static CoprRequest put(String operation, String pathTemplate, Object... pathValues) {
        return of("PUT", operation, pathTemplate, pathValues).withAuthentication();
    }

    /** An authenticated DELETE. */
    public static CoprRequest delete(String operation, String pathTemplate, Object... pathValues) {
        return of("DELETE", operation, pathTemplate, pathValues).withAuthentication();
    }

    private static CoprRequest of(String method, String operation, String pathTemplate, Object... pathValues) {
        return new CoprRequest(method, operation, pathTemplate, List.of(pathValues), List.of(), null, List.of(), false, false);
    }

    /** Adds a query parameter; a null value is not sent, a Boolean is sent as {@code True}/{@code False}. */
    public CoprRequest withQuery(String name, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, Object>> longer = new ArrayList<>(query);
        longer.add(Map.entry(name, value));
        return new CoprRequest(method, operation, pathTemplate, pathValues, longer, json, files, multipart, authenticated);
    }

    /** Adds one query parameter per value, all under the same name. */
    public CoprRequest withQueryValues(String name, List<?> values) {
        CoprRequest request = this;
        for (Object value : values == null ? List.of() : values) {
            request = request.withQuery(name, value);
        }
        return request;
    }

    /** Adds {@code limit}, {@code offset}, {@code order} and {@code order_type} where set. */
    public CoprRequest withPagination(@Nullable Pagination pagination) {
        if (pagination == null) {
            return this;
        }
        OrderType orderType = pagination.orderType();
        return withQuery("limit", pagination.limit())
                .withQuery("offset", pagination.offset())
                .withQuery("order", pagination.order())
                .withQuery("order_type", orderType == null ? null : orderType.name());
    }

    /** Sets the JSON body: a record or map; null members are not sent. */
    public CoprRequest withJson(Object body) {
        return new CoprRequest(method, operation, pathTemplate, pathValues, query, body, files, multipart, authenticated);
    }

    /** Sends the body as multipart: the JSON in a part named {@code json}, then the file parts. */
    public CoprRequest asMultipart() {
        return new CoprRequest(method, operation, pathTemplate, pathValues, query, json, files, true, authenticated);
    }

    /** Adds a file part; the body becomes multipart. */
    public CoprRequest withFile(FilePart file) {
        List<FilePart> more = new ArrayList<>(files);
        more.add(file);
        return new CoprRequest(method, operation, pathTemplate, pathValues, query, json, more, true, authenticated);
    }

    /** Makes the call send the API credentials. */
    public CoprRequest withAuthentication() {
        return new CoprRequest(method, operation, pathTemplate, pathValues, query, json, files, multipart, true);
    }
}
