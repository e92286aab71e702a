package dev.copr.test;

import org.jspecify.annotations.Nullable;

/**
 * A file the stub received in a multipart request (an SRPM upload, a comps.xml), measured while it
 * streamed in and then dropped: the stub never holds uploads in memory.
 *
 * @param partName the multipart part name, e.g. {@code pkgs} or {@code upload_comps}
 * @param filename the file name the client sent
 * @param contentType the part's content type; null when the client sent none
 * @param size the number of bytes received
 * @param sha256 the SHA-256 digest of the bytes received, as lower-case hex
 * @since 0.1.0
 */
public record ReceivedFile(String partName, String filename, @Nullable String contentType, long size,
                           String sha256) {
}
