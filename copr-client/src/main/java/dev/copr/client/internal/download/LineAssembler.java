package dev.copr.client.internal.download;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts a log's bytes, fed in chunks as they arrive, into lines (without their {@code \n} or
 * {@code \r\n}), decoded as UTF-8 with bytes that are not replaced. A line keeps at most
 * {@code maxLength} bytes; the rest of a longer one is dropped, so that a log without line breaks takes
 * no more memory than one long line.
 */
final class LineAssembler {

    private final byte[] line;
    private final Consumer<String> lines;
    private int length;
    private boolean pending;

    LineAssembler(int maxLength, Consumer<String> lines) {
        this.line = new byte[maxLength];
        this.lines = lines;
    }

    void feed(byte[] bytes, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                emit();
            } else {
                pending = true;
                if (length < line.length) {
                    line[length++] = b;
                }
            }
        }
    }

    /** Hands on the last line when the log does not end with a line break. */
    void finish() {
        if (pending) {
            emit();
        }
    }

    private void emit() {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        lines.accept(new String(Arrays.copyOf(line, end), StandardCharsets.UTF_8));
        length = 0;
        pending = false;
    }
}
