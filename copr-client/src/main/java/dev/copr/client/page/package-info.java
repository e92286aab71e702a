/**
 * Paginated lists: which slice of a list to fetch, and pages that fetch the ones after them.
 */
@NullMarked
package dev.copr.client.page;

import org.jspecify.annotations.NullMarked;
