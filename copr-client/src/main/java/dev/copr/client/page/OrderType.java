package dev.copr.client.page;

/**
 * Sort direction of a list, Copr's {@code order_type}.
 *
 * @since 0.1.0
 */
public enum OrderType {
    /** Ascending. */
    ASC,
    /** Descending. */
    DESC
}
