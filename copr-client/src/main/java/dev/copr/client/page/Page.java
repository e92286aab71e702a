package dev.copr.client.page;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Copr list answer ({@code {"items": [...], "meta": {...}}}) that knows how to fetch
 * the pages after it, as python-copr's {@code next_page} and {@code unlimited} do.
 *
 * @param <T> the item type
 * @since 0.1.0
 */
public final class Page<T> {

    private final List<T> items;
    private final @Nullable PageMeta meta;
    private final Function<Pagination, Page<T>> fetcher;

    /**
     * @param items the items of this page
     * @param meta the pagination Copr applied; null when the answer had none
     * @param fetcher sends the same request again with another pagination
     */
    public Page(List<T> items, @Nullable PageMeta meta, Function<Pagination, Page<T>> fetcher) {
        this.items = List.copyOf(items);
        this.meta = meta;
        this.fetcher = fetcher;
    }

    /** The items of this page. */
    public List<T> items() {
        return items;
    }

    /** The pagination Copr applied to this page; null when its answer had none. */
    public @Nullable PageMeta meta() {
        return meta;
    }

    /**
     * Whether a following page may hold more items: this page was limited and full. A full last
     * page costs one more request that then answers empty.
     */
    public boolean hasNext() {
        PageMeta applied = meta;
        Integer limit = applied == null ? null : applied.limit();
        return limit != null && items.size() >= limit;
    }

    /**
     * Fetches the following page (offset + limit, same filters and order).
     * @throws NoSuchElementException when {@link #hasNext()} is false
     */
    public Page<T> next() {
        Pagination following = following();
        if (following == null) {
            throw new NoSuchElementException("this page is the last one: it was not limited or not full");
        }
        return fetcher.apply(following);
    }

    /**
     * The items of this page and of every following page, fetched lazily one page at a time, so
     * only one page is held in memory however long the list is.
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Walker<>(this), Spliterator.ORDERED),
                false);
    }

    @Override
    public String toString() {
        return "Page[items=" + items.size() + ", meta=" + meta + "]";
    }

    /** The pagination of the following page; null when {@link #hasNext()} is false. */
    private @Nullable Pagination following() {
        PageMeta applied = meta;
        return hasNext() && applied != null ? applied.following() : null;
    }

    /**
     * Walks the items page by page, each page fetched by the page before it. It holds the items of
     * one page and how to fetch the next, never a page itself: a walked page can be collected while
     * the next one is read.
     */
    private static final class Walker<T> implements Iterator<T> {
        private Function<Pagination, Page<T>> fetcher;
        private @Nullable Pagination following;
        private Iterator<T> current;

        Walker(Page<T> first) {
            this.fetcher = first.fetcher;
            this.following = first.following();
            this.current = first.items.iterator();
        }

        @Override
        public boolean hasNext() {
            Pagination next = following;
            while (!current.hasNext() && next != null) {
                current = Collections.emptyIterator();
                Page<T> page = fetcher.apply(next);
                fetcher = page.fetcher;
                next = page.following();
                current = page.items.iterator();
            }
            following = next;
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
