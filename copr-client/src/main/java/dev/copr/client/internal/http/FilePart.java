package dev.copr.client.internal.http;

import dev.copr.client.upload.UploadProgressListener;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A file sent as one part of a multipart request, streamed from disk.
 *
 * @param name the form field, e.g. {@code pkgs}
 * @param file the file; its name becomes the part's filename
 * @param contentType the part's content type, e.g. {@code application/x-rpm}
 * @param listener told about upload progress
 * @since 0.1.0
 */
public record FilePart(String name, Path file, String contentType, @Nullable UploadProgressListener listener) {
}
