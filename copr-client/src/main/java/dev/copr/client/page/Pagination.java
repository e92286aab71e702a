package dev.copr.client.page;

import dev.copr.client.CoprValidationException;

/**
 * Which slice of a list to fetch: Copr's {@code limit}, {@code offset}, {@code order} and
 * {@code order_type} query parameters (python-copr's {@code pagination} dict). A null value is not
 * sent, and Copr then uses its default: no limit (everything), offset 0, order by {@code id}.
 *
 * @param limit most items on one page; null for all at once
 * @param offset items to skip
 * @param order name of the field to sort by, e.g. {@code id} or {@code name}
 * @param orderType sort direction
 */
public record Pagination(Integer limit, Integer offset, String order, OrderType orderType) {

    private static final Pagination NONE = new Pagination(null, null, null, null);

    /** @throws CoprValidationException naming {@code limit} or {@code offset} when it is out of range */
    public Pagination {
        if (limit != null && limit < 1) {
            throw new CoprValidationException("pagination limit must be at least 1, was " + limit);
        }
        if (offset != null && offset < 0) {
            throw new CoprValidationException("pagination offset must not be negative, was " + offset);
        }
    }

    /** No pagination: Copr answers with the whole list. */
    public static Pagination none() {
        return NONE;
    }

    /** Pages of at most {@code limit} items, starting at the first. */
    public static Pagination limit(int limit) {
        return new Pagination(limit, null, null, null);
    }

    /** The same pagination starting at {@code offset}. */
    public Pagination withOffset(int offset) {
        return new Pagination(limit, offset, order, orderType);
    }

    /** The same pagination sorted by {@code order} in the given direction. */
    public Pagination orderBy(String order, OrderType orderType) {
        return new Pagination(limit, offset, order, orderType);
    }
}
