package dev.copr.client.page;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code meta} object of a Copr list answer: the pagination the server applied.
 *
 * @param limit page size, null when the whole list was returned
 * @param offset items skipped
 * @param order field the list is sorted by
 * @param orderType sort direction
 */
public record PageMeta(Integer limit, Integer offset, String order, @JsonProperty("order_type") String orderType) {

    /** The pagination of the following page, or null when this answer was not paginated. */
    Pagination following() {
        if (limit == null) {
            return null;
        }
        OrderType direction = orderType == null ? null : OrderType.valueOf(orderType.toUpperCase(java.util.Locale.ROOT));
        return new Pagination(limit, (offset == null ? 0 : offset) + limit, order, direction);
    }
}
