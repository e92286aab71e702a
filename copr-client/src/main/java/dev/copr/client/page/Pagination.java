package dev.copr.client.page;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Settings;

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

    private static final Settings.Schema SCHEMA = new Settings.Schema();
    private static final Settings.Key<Integer> LIMIT = SCHEMA.key("limit");
    private static final Settings.Key<Integer> OFFSET = SCHEMA.key("offset");
    private static final Settings.Key<String> ORDER = SCHEMA.key("order");
    private static final Settings.Key<OrderType> ORDER_TYPE = SCHEMA.key("orderType");

    private static final Pagination NONE = builder().build();

    private final Settings settings;

    private Pagination(Builder builder) {
        this.settings = builder.settings.build();
        Integer limit = settings.get(LIMIT);
        if (limit != null && limit < 1) {
            throw new CoprValidationException("Pagination limit must be at least 1, was " + limit);
        }
        Integer offset = settings.get(OFFSET);
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
        return settings.get(LIMIT);
    }

    /** Items to skip. */
    public @Nullable Integer offset() {
        return settings.get(OFFSET);
    }

    /** Name of the field to sort by, e.g. {@code id} or {@code name}. */
    public @Nullable String order() {
        return settings.get(ORDER);
    }

    /** Sort direction. */
    public @Nullable OrderType orderType() {
        return settings.get(ORDER_TYPE);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Pagination that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    /** The settings that are set, e.g. {@code Pagination[limit=...]}. */
    @Override
    public String toString() {
        return settings.toString("Pagination");
    }

    /** Builds {@link Pagination}; each method sets one setting, null unsets it. */
    public static final class Builder {
        private final Settings.Builder settings;

        private Builder() {
            this.settings = SCHEMA.builder();
        }

        private Builder(Pagination from) {
            this.settings = from.settings.toBuilder();
        }

        /** Most items on one page; unset for all at once. */
        public Builder limit(@Nullable Integer limit) {
            settings.set(LIMIT, limit);
            return this;
        }

        /** Items to skip. */
        public Builder offset(@Nullable Integer offset) {
            settings.set(OFFSET, offset);
            return this;
        }

        /** Name of the field to sort by, e.g. {@code id} or {@code name}. */
        public Builder order(@Nullable String order) {
            settings.set(ORDER, order);
            return this;
        }

        /** Sort direction. */
        public Builder orderType(@Nullable OrderType orderType) {
            settings.set(ORDER_TYPE, orderType);
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
