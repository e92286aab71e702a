package dev.copr.client.http;

import dev.copr.client.UploadProgressListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;

/** A file streamed from disk that tells a listener how many bytes have been read for sending. */
final class ProgressFileResource extends FileSystemResource {

    private final UploadProgressListener listener;

    ProgressFileResource(Path file, UploadProgressListener listener) {
        super(file);
        this.listener = listener;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        InputStream in = super.getInputStream();
        return listener == null ? in : new CountingStream(in, contentLength(), listener);
    }

    private static final class CountingStream extends FilterInputStream {
        private final long total;
        private final UploadProgressListener listener;
        private long sent;

        CountingStream(InputStream in, long total, UploadProgressListener listener) {
            super(in);
            this.total = total;
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            sent += n;
            listener.onProgress(sent, total);
        }
    }
}
