package dev.copr.test;

import org.jspecify.annotations.Nullable;

/**
 * A file in a result directory, as the results (or Pulp) host serves it.
 *
 * @param name the file name, e.g. {@code builder-live.log.gz}
 * @param content its bytes
 * @param contentType the {@code Content-Type} the host answers with
 * @param contentEncoding the {@code Content-Encoding}, {@code gzip} for Copr's {@code .gz} logs, else null
 * @param modified when it was last written, Unix seconds
 */
record ResultEntry(String name, ResultContent content, String contentType, @Nullable String contentEncoding,
                   long modified) {
}
