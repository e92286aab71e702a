package dev.copr.test;

/**
 * When the stub's full-text project search ({@code GET /api_3/project/search} with a query without
 * {@code /}) sees a project's name, owner, description and instructions.
 *
 * @since 0.1.0
 */
public enum SearchIndex {

    /**
     * As Copr does: the search answers from an index that {@link CoprStub#reindex()} rebuilds, as
     * Copr's daily {@code update-indexes} cron does, so a new project is found only after a reindex and
     * an edit shows only then. Deleted projects vanish at once. The {@code owner/name} form of the
     * query reads the projects themselves, at once, as on Copr.
     */
    ON_REINDEX,

    /** The search sees every change at once, for tests of code that searches right after it created. */
    IMMEDIATE
}
