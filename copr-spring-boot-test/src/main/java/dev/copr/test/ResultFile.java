package dev.copr.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file the stub's results or Pulp host serves for a build, to compare downloads with: its name,
 * where it is served with {@code 200}, its size and its bytes. The bytes of RPMs are generated as
 * they are written, so a large one costs no memory.
 *
 * @since 0.1.0
 */
public final class ResultFile {

    private final String name;
    private final URI url;
    private final ResultContent content;

    ResultFile(String name, URI url, ResultContent content) {
        this.name = name;
        this.url = url;
        this.content = content;
    }

    /** The file name, e.g. {@code foo-1.0-1.x86_64.rpm} or {@code builder-live.log.gz}. */
    public String name() {
        return name;
    }

    /**
     * Where the file is served: in the result directory on the results host, or for an RPM of a
     * project on Pulp storage, on the Pulp host (the results host redirects there).
     */
    public URI url() {
        return url;
    }

    /** The size in bytes, as the host's {@code Content-Length} says. */
    public long size() {
        return content.length();
    }

    /** Writes the file's bytes, exactly as the host sends them (a {@code .gz} log gzipped). */
    public void writeTo(OutputStream out) throws IOException {
        content.writeTo(out, 0, content.length());
    }

    /** The SHA-256 of the file's bytes, in lower-case hex. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ResultFile[" + url + ", " + size() + " bytes]";
    }
}
