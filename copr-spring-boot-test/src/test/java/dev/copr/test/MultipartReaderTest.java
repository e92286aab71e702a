package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MultipartReaderTest {

    private static final String BOUNDARY = "xYzZY";

    @Test
    void readsFieldsAndFilesWithPreambleAndEpilogue() throws IOException {
        String body = "preamble\r\n--xYzZY\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--xYzZY\r\nContent-Disposition: form-data; name=\"pkgs\"; filename=\"a b.src.rpm\"\r\n"
                + "Content-Type: application/x-rpm\r\n\r\nline1\r\nline2\r\n--xYzZY--\r\nepilogue";

        List<String> parts = read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(parts).containsExactly("note|null|null|hello", "pkgs|a b.src.rpm|application/x-rpm|line1\r\nline2");
    }

    @Test
    void findsBoundariesSplitAcrossSmallReads() throws IOException {
        byte[] content = new byte[100_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 7 == 0 ? '\r' : i % 5 == 0 ? '-' : 'x');
        }
        String head = "--xYzZY\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), content,
                "\r\n--xYzZY--".getBytes(StandardCharsets.UTF_8));

        MultipartReader reader = new MultipartReader(new TrickleInputStream(body), BOUNDARY);
        byte[] read = reader.next().body().readAllBytes();

        assertThat(read).isEqualTo(content);
        assertThat(reader.next()).isNull();
    }

    @Test
    void bodyWithoutClosingBoundaryIsMalformed() {
        String body = "--xYzZY\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\ncut off";

        assertThatThrownBy(() -> read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MultipartReader.MalformedMultipartException.class)
                .hasMessage("multipart body ends before its closing boundary");
    }

    @Test
    void parsesQuotedAndExtendedParameters() {
        assertThat(MultipartReader.parameters("form-data; name=\"a;b\"; filename*=UTF-8''%C3%A9.src.rpm"))
                .isEqualTo(Map.of("name", "a;b", "filename", "é.src.rpm"));
        assertThat(MultipartReader.parameters("multipart/form-data; boundary=abc")).containsEntry("boundary", "abc");
    }

    private static List<String> read(InputStream in) throws IOException {
        MultipartReader reader = new MultipartReader(in, BOUNDARY);
        List<String> parts = new ArrayList<>();
        for (MultipartReader.Part part = reader.next(); part != null; part = reader.next()) {
            parts.add(part.name() + "|" + part.filename() + "|" + part.contentType() + "|"
                    + new String(part.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        return parts;
    }

    private static byte[] concat(byte[]... arrays) {
        int length = 0;
        for (byte[] array : arrays) {
            length += array.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] array : arrays) {
            System.arraycopy(array, 0, all, at, array.length);
            at += array.length;
        }
        return all;
    }

    /** Hands out at most three bytes per read, as a slow network might. */
    private static final class TrickleInputStream extends FilterInputStream {
        TrickleInputStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 3));
        }
    }
}
