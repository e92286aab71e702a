package dev.copr.client.result;

import dev.copr.client.exception.CoprValidationException;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What {@link BuildResults#download} fetches and how: copr-cli's {@code download-build} options
 * ({@code -r/--chroot}, {@code --rpms}, {@code --spec}, {@code --logs}) and this client's own.
 *
 * <pre>{@code
 * DownloadOptions.builder().chroots("fedora-rawhide-x86_64").kinds(ResultKind.BINARY_RPM).build()
 * }</pre>
 *
 * @param chroots the chroots to download; empty for all the build has a result directory in
 * @param kinds the kinds of files; empty for all
 * @param parallelDownloads how many files are downloaded at once
 * @param fileTimeout longest time one file may take, from its request to its last byte; null for the
 *                    client's response timeout ({@code CoprConfig.responseTimeout})
 * @param listener told of each file's progress
 * @since 0.1.0
 */
public record DownloadOptions(Set<String> chroots, Set<ResultKind> kinds, int parallelDownloads,
                              @Nullable Duration fileTimeout, DownloadProgressListener listener) {

    /** Files downloaded at once unless set: a few, as browsers do per host. */
    public static final int DEFAULT_PARALLEL_DOWNLOADS = 4;

    public DownloadOptions {
        chroots = Set.copyOf(chroots);
        kinds = Set.copyOf(kinds);
        if (parallelDownloads < 1) {
            throw new CoprValidationException("DownloadOptions.parallelDownloads must be at least 1, was "
                    + parallelDownloads);
        }
        if (fileTimeout != null && (fileTimeout.isNegative() || fileTimeout.isZero())) {
            throw new CoprValidationException("DownloadOptions.fileTimeout must be positive, was " + fileTimeout);
        }
    }

    /** Everything, {@value #DEFAULT_PARALLEL_DOWNLOADS} at once, no listener. */
    public static DownloadOptions defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether files of this chroot are downloaded. */
    public boolean includes(String chroot) {
        return chroots.isEmpty() || chroots.contains(chroot);
    }

    /** Whether files of this kind are downloaded. */
    public boolean includes(ResultKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** Builds {@link DownloadOptions}. */
    public static final class Builder {
        private Set<String> chroots = Set.of();
        private Set<ResultKind> kinds = Set.of();
        private int parallelDownloads = DEFAULT_PARALLEL_DOWNLOADS;
        private @Nullable Duration fileTimeout;
        private DownloadProgressListener listener = DownloadProgressListener.NONE;

        private Builder() {
        }

        /** Only these chroots; copr-cli {@code -r/--chroot}. */
        public Builder chroots(Collection<String> chroots) {
            this.chroots = Set.copyOf(chroots);
            return this;
        }

        /** Only these chroots; copr-cli {@code -r/--chroot}. */
        public Builder chroots(String... chroots) {
            return chroots(List.of(chroots));
        }

        /** Only these kinds of files; copr-cli {@code --rpms} is binary and source RPMs. */
        public Builder kinds(Collection<ResultKind> kinds) {
            this.kinds = Set.copyOf(kinds);
            return this;
        }

        /** Only these kinds of files. */
        public Builder kinds(ResultKind... kinds) {
            return kinds(List.of(kinds));
        }

        /** How many files are downloaded at once; default {@value #DEFAULT_PARALLEL_DOWNLOADS}. */
        public Builder parallelDownloads(int parallelDownloads) {
            this.parallelDownloads = parallelDownloads;
            return this;
        }

        /** Longest time one file may take; default the client's response timeout. */
        public Builder fileTimeout(@Nullable Duration fileTimeout) {
            this.fileTimeout = fileTimeout;
            return this;
        }

        /** Told of each file's progress. */
        public Builder listener(DownloadProgressListener listener) {
            this.listener = listener;
            return this;
        }

        /** The options. */
        public DownloadOptions build() {
            return new DownloadOptions(chroots, kinds, parallelDownloads, fileTimeout, listener);
        }
    }
}
