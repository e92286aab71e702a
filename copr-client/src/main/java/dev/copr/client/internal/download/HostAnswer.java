package dev.copr.client.internal.download;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * The answer of the results host (or of the host it redirected to) to a GET: its status, the length
 * it announced and its body, bounded in time.
 *
 * @param url the URL that answered, after redirects
 * @param status the HTTP status; never a redirect
 * @param contentLength the announced {@code Content-Length}; -1 when none
 * @param body the body; close it
 */
record HostAnswer(URI url, int status, long contentLength, InputStream body) implements Closeable {

    boolean ok() {
        return status == 200 || status == 206;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
