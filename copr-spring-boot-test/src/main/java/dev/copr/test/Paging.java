package dev.copr.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Copr's pagination of list endpoints ({@code PaginationForm} and {@code Paginator}): {@code limit},
 * {@code offset}, {@code order} (a column of the listed model, default {@code id}) and
 * {@code order_type} ({@code ASC} by default), answered as {@code {"items": [...], "meta": {...}}}.
 */
final class Paging {

    /** A sortable column of a listed model. */
    @FunctionalInterface
    interface Column<T> {
        @Nullable Comparable<?> value(T item);
    }

    private final String table;
    private final @Nullable Integer limit;
    private final int offset;
    private final String order;
    private final String orderType;

    private Paging(String table, @Nullable Integer limit, int offset, String order, String orderType) {
        this.table = table;
        this.limit = limit;
        this.offset = offset;
        this.order = order;
        this.orderType = orderType;
    }

    /**
     * The pagination of a request, checked as Copr's {@code PaginationForm} does (a wrong value is
     * Copr's 500 with the form errors).
     * @param table the listed model's table, named in errors, e.g. {@code build}
     */
    static Paging of(StubRequest request, String table) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : List.of("limit", "offset", "order", "order_type")) {
            String value = request.query(name);
            if (value != null) {
                fields.put(name, value);
            }
        }
        FormData data = FormData.of(fields);
        FormErrors errors = new FormErrors();
        Integer limit = data.integer("limit", errors);
        Integer offset = data.integer("offset", errors);
        String orderType = Objects.requireNonNull(
                Validation.choice(data, "order_type", List.of("ASC", "DESC"), "ASC", errors), "has a default");
        if (!errors.isEmpty()) {
            throw errors.paginationError();
        }
        if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
            throw CoprError.serverError("Database error, contact admin");
        }
        String order = data.text("order");
        return new Paging(table, limit == null || limit == 0 ? null : limit, offset == null ? 0 : offset,
                order == null || order.isEmpty() ? "id" : order, orderType);
    }

    /** The same pagination without a limit. */
    Paging unlimited() {
        return new Paging(table, null, offset, order, orderType);
    }

    /** The same pagination ordered by {@code id}, as Copr does where it drops {@code order}. */
    Paging defaultOrder() {
        return new Paging(table, limit, offset, "id", orderType);
    }

    @Nullable Integer limit() {
        return limit;
    }

    /** The list answer of the page of {@code items}. */
    <T> Map<String, Object> answer(List<T> items, Map<String, Column<T>> columns, Function<T, Object> view) {
        return answer(page(items, columns).stream().map(view).toList());
    }

    /** A list answer of items already paginated, with this pagination's meta. */
    Map<String, Object> answer(List<?> items) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", items);
        answer.put("meta", meta());
        return answer;
    }

    /** The items in order, from the offset, at most the limit. */
    <T> List<T> page(List<T> items, Map<String, Column<T>> columns) {
        Column<T> column = columns.get(order);
        if (column == null) {
            throw CoprError.serverError("Cannot order by " + order + ", " + table + " doesn't have such property");
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(comparator(column));
        int from = Math.min(offset, sorted.size());
        int to = limit == null ? sorted.size() : (int) Math.min((long) from + limit, sorted.size());
        return sorted.subList(from, to);
    }

    Map<String, Object> meta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("limit", limit);
        meta.put("offset", offset);
        meta.put("order", order);
        meta.put("order_type", orderType);
        return meta;
    }

    /** SQL order: nulls last when ascending, first when descending (PostgreSQL's default). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> Comparator<T> comparator(Column<T> column) {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> values = "DESC".equals(orderType)
                ? Comparator.nullsFirst(natural.reversed()) : Comparator.nullsLast(natural);
        return Comparator.comparing(item -> (Comparable) column.value(item), values);
    }
}
