package dev.copr.client.internal.http;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.StreamingHttpOutputMessage;

/** A JSON request body already serialized, which the engine sends as it is. */
record JsonBody(byte[] bytes) implements StreamingHttpOutputMessage.Body {

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public boolean repeatable() {
        return true;
    }
}
