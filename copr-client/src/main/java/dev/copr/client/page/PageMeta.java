package dev.copr.client.page;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.copr.client.exception.CoprRequestException;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The {@code meta} object of a Copr list answer: the pagination the server applied. Values no
 * following page could be asked with are refused when the answer is read, so a hostile server
 * cannot make a page walk loop or fail later.
 *
 * @param limit page size, null when the whole list was returned
 * @param offset items skipped
 * @param order field the list is sorted by
 * @param orderType sort direction
 * @since 0.1.0
 */
public record PageMeta(@Nullable Integer limit, @Nullable Integer offset, @Nullable String order,
                       @JsonProperty("order_type") @Nullable String orderType) {

    /**
     * @throws CoprRequestException naming the field and its value when the limit is below 1, the offset
     *         negative, their sum beyond {@code int}, or the order type neither {@code asc} nor {@code desc}
     */
    public PageMeta {
        if (limit != null && limit < 1) {
            throw refused("limit " + limit + " (must be at least 1)");
        }
        if (offset != null && offset < 0) {
            throw refused("offset " + offset + " (must not be negative)");
        }
        if (limit != null && offset != null && (long) offset + limit > Integer.MAX_VALUE) {
            throw refused("offset " + offset + " with limit " + limit + " (the following page is out of range)");
        }
        if (orderType != null) {
            direction(orderType);
        }
    }

    /** The pagination of the following page; null when this answer was not paginated. */
    @Nullable Pagination following() {
        if (limit == null) {
            return null;
        }
        return Pagination.builder().limit(limit).offset((offset == null ? 0 : offset) + limit).order(order)
                .orderType(orderType == null ? null : direction(orderType)).build();
    }

    private static OrderType direction(String orderType) {
        return switch (orderType.toUpperCase(Locale.ROOT)) {
            case "ASC" -> OrderType.ASC;
            case "DESC" -> OrderType.DESC;
            default -> throw refused("order_type '" + orderType + "' (must be asc or desc)");
        };
    }

    private static CoprRequestException refused(String problem) {
        return new CoprRequestException("Copr's list answer has the page meta " + problem);
    }
}
