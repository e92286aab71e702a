package dev.copr.client.page;

/** Sort direction of a list, Copr's {@code order_type}. */
public enum OrderType {
    /** Ascending. */
    ASC,
    /** Descending. */
    DESC
}
