package dev.copr.client.page;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.ValueText;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Which slice of a list to fetch: Copr's {@code limit}, {@code offset}, {@code order} and
 * {@code order_type} query parameters (python-copr's {@code pagination} dict). A setting left unset
 * is not sent, and Copr then uses its default: no limit (everything), offset 0, order by {@code id}.
 *
 * <pre>{@code
 * Pagination.builder().limit(100).order("name").orderType(OrderType.ASC).build()
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Pagination {

    private static final Pagination NONE = builder().build();

    private static final String[] NAMES = {"limit", "offset", "order", "orderType"};

    private final @Nullable Integer limit;
    private final @Nullable Integer offset;
    private final @Nullable String order;
    private final @Nullable OrderType orderType;

    private Pagination(Builder builder) {
        this.limit = builder.limit;
        this.offset = builder.offset;
        this.order = builder.order;
        this.orderType = builder.orderType;
        if (limit != null && limit < 1) {
            throw new CoprValidationException("Pagination limit must be at least 1, was " + limit);
        }
        if (offset != null && offset < 0) {
            throw new CoprValidationException("Pagination offset must not be negative, was " + offset);
        }
    }

    /** No pagination: Copr answers with the whole list. */
    public static Pagination none() {
        return NONE;
    }

    /** Pages of at most {@code limit} items, starting at the first. */
    public static Pagination pagesOf(int limit) {
        return builder().limit(limit).build();
    }

    /** A builder with every setting unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings, to derive other ones. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Most items on one page; unset for all at once. */
    public @Nullable Integer limit() {
        return limit;
    }

    /** Items to skip. */
    public @Nullable Integer offset() {
        return offset;
    }

    /** Name of the field to sort by, e.g. {@code id} or {@code name}. */
    public @Nullable String order() {
        return order;
    }

    /** Sort direction. */
    public @Nullable OrderType orderType() {
        return orderType;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Pagination that && Arrays.equals(values(), that.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** The settings that are set, e.g. {@code Pagination[limit=...]}. */
    @Override
    public String toString() {
        return ValueText.of("Pagination", NAMES, values());
    }

    private @Nullable Object[] values() {
        return new @Nullable Object[] {limit, offset, order, orderType};
    }

    /** Builds {@link Pagination}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private @Nullable Integer limit;
        private @Nullable Integer offset;
        private @Nullable String order;
        private @Nullable OrderType orderType;

        private Builder() {
        }

        private Builder(Pagination from) {
            this.limit = from.limit;
            this.offset = from.offset;
            this.order = from.order;
            this.orderType = from.orderType;
        }

        /** Most items on one page; unset for all at once. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Items to skip. */
        public Builder offset(@Nullable Integer offset) {
            this.offset = offset;
            return this;
        }

        /** Name of the field to sort by, e.g. {@code id} or {@code name}. */
        public Builder order(@Nullable String order) {
            this.order = order;
            return this;
        }

        /** Sort direction. */
        public Builder orderType(@Nullable OrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * The Pagination.
         * @throws CoprValidationException naming {@code limit} or {@code offset} when it is out of range
         */
        public Pagination build() {
            return new Pagination(this);
        }
    }
}
