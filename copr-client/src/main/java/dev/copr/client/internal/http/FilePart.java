package dev.copr.client.internal.http;

import dev.copr.client.upload.UploadProgressListener;

import java.nio.file.Path;

/**
 * A file sent as one part of a multipart request, streamed from disk.
 *
 * @param name the form field, e.g. {@code pkgs}
 * @param file the file; its name becomes the part's filename
 * @param contentType the part's content type, e.g. {@code application/x-rpm}
 * @param listener told about upload progress; may be null
 */
public record FilePart(String name, Path file, String contentType, UploadProgressListener listener) {
}
