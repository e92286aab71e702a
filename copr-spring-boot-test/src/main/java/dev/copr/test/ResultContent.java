package dev.copr.test;

import java.io.IOException;
import java.io.OutputStream;

/** The bytes of a file on the stub's results or Pulp host, written from any offset so that ranges are cheap. */
sealed interface ResultContent permits ResultContent.Text, GeneratedRpm {

    /** The size in bytes. */
    long length();

    /** Writes {@code count} bytes from {@code offset}; both are within {@link #length()}. */
    void writeTo(OutputStream out, long offset, long count) throws IOException;

    /** Content held in memory: logs, {@code results.json}, the {@code success} marker, a spec. */
    record Text(byte[] bytes) implements ResultContent {

        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public void writeTo(OutputStream out, long offset, long count) throws IOException {
            out.write(bytes, Math.toIntExact(offset), Math.toIntExact(count));
        }
    }
}
