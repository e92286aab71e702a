package dev.copr.client.internal.http;

import dev.copr.client.upload.UploadProgressListener;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@code multipart/form-data} body as python-copr's {@code FileRequest} sends it: the JSON in a
 * part named {@code json}, then the files streamed from disk. Its length is known in advance, so it
 * goes out with a {@code Content-Length} (as python-requests sends it) rather than chunked, and the
 * engine hands it to the JDK client as a publisher: no thread copies it, and the JDK reads the files
 * in its own large chunks.
 */
final class MultipartBody {

    private static final char[] BOUNDARY_CHARS =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary = boundary();
    private final byte[] json;
    private final List<FilePart> files;
    private final UnaryOperator<UploadProgressListener> listenerWrapper;
    private final UploadActivity activity = new UploadActivity();

    /**
     * @param listenerWrapper applied to each file's progress listener before it is called
     */
    MultipartBody(byte[] json, List<FilePart> files, UnaryOperator<UploadProgressListener> listenerWrapper) {
        this.json = json;
        this.files = List.copyOf(files);
        this.listenerWrapper = listenerWrapper;
    }

    /** The request's content type, with the boundary. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** How the upload goes; see {@link UploadActivity}. */
    UploadActivity activity() {
        return activity;
    }

    /** The body for the JDK client; opens no file until the client subscribes. */
    HttpRequest.BodyPublisher publisher() throws FileNotFoundException {
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(HttpRequest.BodyPublishers.ofByteArray(head(true, "json", "json", "application/json")));
        parts.add(HttpRequest.BodyPublishers.ofByteArray(json));
        for (FilePart file : files) {
            parts.add(HttpRequest.BodyPublishers.ofByteArray(
                    head(false, file.name(), file.file().getFileName().toString(), file.contentType())));
            parts.add(filePublisher(file));
        }
        parts.add(HttpRequest.BodyPublishers.ofByteArray(ascii("\r\n--" + boundary + "--\r\n")));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
        long length = body.contentLength();
        return new CountingPublisher(body, taken -> activity.took(taken, length));
    }

    private HttpRequest.BodyPublisher filePublisher(FilePart file) throws FileNotFoundException {
        HttpRequest.BodyPublisher content = HttpRequest.BodyPublishers.ofFile(file.file());
        UploadProgressListener given = file.listener();
        if (given == null) {
            return content;
        }
        UploadProgressListener listener = listenerWrapper.apply(given);
        long total = content.contentLength();
        return new CountingPublisher(content, sent -> {
            try {
                listener.onProgress(sent, total);
            } catch (RuntimeException e) {
                activity.listenerFailed(e);
                throw e;
            }
        });
    }

    /** The delimiter before a part (after the previous part's CRLF unless first) and the part's headers. */
    private byte[] head(boolean first, String name, String filename, String contentType) {
        return (((first ? "" : "\r\n") + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(filename) + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    /** HTML5's escaping of a form field name or file name, as browsers and python-requests send them. */
    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String boundary() {
        char[] chars = new char[30];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = BOUNDARY_CHARS[RANDOM.nextInt(BOUNDARY_CHARS.length)];
        }
        return new String(chars);
    }
}
