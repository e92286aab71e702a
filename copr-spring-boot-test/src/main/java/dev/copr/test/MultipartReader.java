package dev.copr.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code multipart/form-data} body part by part from a stream, holding at most one buffer
 * of it in memory: each part's body is itself a stream that ends at the next boundary, so an
 * uploaded SRPM of any size can be measured and dropped.
 */
final class MultipartReader {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int pos;
    private int end;
    private int delimiterAt = -1;
    private boolean finished;
    private @Nullable PartBody current;

    /** One part: its form name (empty when it has none), file name (null for plain fields), content type, body. */
    record Part(String name, @Nullable String filename, @Nullable String contentType, InputStream body) {
    }

    /** Thrown when the body does not follow the multipart format. */
    static final class MalformedMultipartException extends IOException {
        MalformedMultipartException(String message) {
            super(message);
        }
    }

    MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[Math.max(BUFFER_SIZE, 4 * delimiter.length)];
        // A virtual line break in front, so that the first boundary line matches the delimiter too.
        buffer[0] = '\r';
        buffer[1] = '\n';
        this.end = 2;
    }

    /** The next part, after skipping whatever the caller left of the current one; null after the last. */
    @Nullable Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current == null) {
            skipThroughDelimiter();
        } else {
            current.drain();
        }
        if (!ensure(2)) {
            throw new MalformedMultipartException("multipart body ends right after a boundary");
        }
        if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
            finished = true;
            return null;
        }
        while (ensure(1) && (buffer[pos] == ' ' || buffer[pos] == '\t')) {
            pos++;
        }
        expectLineBreak();
        Map<String, String> headers = readHeaders();
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        PartBody body = new PartBody();
        current = body;
        return new Part(disposition.getOrDefault("name", ""), disposition.get("filename"), headers.get("content-type"),
                body);
    }

    private void skipThroughDelimiter() throws IOException {
        byte[] scratch = new byte[BUFFER_SIZE];
        PartBody preamble = new PartBody();
        while (preamble.read(scratch, 0, scratch.length) >= 0) {
            // discard
        }
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = readLine();
            total += line.length() + 2;
            if (total > MAX_HEADER_BYTES) {
                throw new MalformedMultipartException("multipart part headers are longer than " + MAX_HEADER_BYTES
                        + " bytes");
            }
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
    }

    private String readLine() throws IOException {
        int start = pos;
        while (true) {
            for (int i = start; i + 1 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, pos, i - pos, StandardCharsets.UTF_8);
                    pos = i + 2;
                    return line;
                }
            }
            if (end - pos >= MAX_HEADER_BYTES) {
                throw new MalformedMultipartException("multipart header line is too long");
            }
            int scanned = end - pos;
            if (!fill()) {
                throw new MalformedMultipartException("multipart body ends inside part headers");
            }
            start = pos + Math.max(0, scanned - 1);
        }
    }

    private void expectLineBreak() throws IOException {
        if (!ensure(2) || buffer[pos] != '\r' || buffer[pos + 1] != '\n') {
            throw new MalformedMultipartException("multipart boundary line does not end with CRLF");
        }
        pos += 2;
    }

    /** Makes at least {@code count} unread bytes available; false when the stream ends first. */
    private boolean ensure(int count) throws IOException {
        while (end - pos < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the unread bytes to the front and reads more; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        delimiterAt = -1;
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            return false;
        }
        end += read;
        return true;
    }

    private int findDelimiter() {
        if (delimiterAt >= pos) {
            return delimiterAt;
        }
        int last = end - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buffer[i] != delimiter[0]) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            delimiterAt = i;
            return i;
        }
        return -1;
    }

    /** The value parameters of a header such as {@code form-data; name="pkgs"; filename="a.src.rpm"}. */
    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i + 1);
            if (equals < 0) {
                break;
            }
            String key = header.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = equals + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                }
                i = header.indexOf(';', j);
            } else {
                int next = header.indexOf(';', j);
                value.append(header, j, next < 0 ? header.length() : next);
                i = next;
            }
            parameters.put(key, value.toString().strip());
        }
        String extended = parameters.remove("filename*");
        if (extended != null && extended.contains("''")) {
            parameters.put("filename", URLDecoder.decode(extended.substring(extended.indexOf("''") + 2),
                    StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The body of the current part: ends where the next boundary begins. */
    private final class PartBody extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = findDelimiter();
                int available = (found >= 0 ? found : end - (delimiter.length - 1)) - pos;
                if (available > 0) {
                    int count = Math.min(length, available);
                    System.arraycopy(buffer, pos, target, offset, count);
                    pos += count;
                    return count;
                }
                if (found >= 0) {
                    pos = found + delimiter.length;
                    done = true;
                    return -1;
                }
                if (!fill()) {
                    throw new MalformedMultipartException("multipart body ends before its closing boundary");
                }
            }
        }

        void drain() throws IOException {
            byte[] scratch = new byte[BUFFER_SIZE];
            while (read(scratch, 0, scratch.length) >= 0) {
                // discard
            }
        }
    }
}
