package dev.copr.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;

/** An answer of the {@link CoprHttpEngine}; closing it never downloads more than a few KiB of the rest. */
final class EngineResponse implements ClientHttpResponse {

    private final HttpResponse<?> response;
    private final AnswerBody body;
    private @Nullable HttpHeaders headers;

    EngineResponse(HttpResponse<?> response, AnswerBody body) {
        this.response = response;
        this.body = body;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(response.statusCode());
    }

    @Override
    public String getStatusText() {
        return "";
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders read = headers;
        if (read == null) {
            // A view, not a copy: the JDK's map is already case-insensitive (and unmodifiable)
            read = HttpHeaders.readOnlyHttpHeaders(new HttpHeaders(
                    CollectionUtils.toMultiValueMap(response.headers().map())));
            headers = read;
        }
        return read;
    }

    @Override
    public InputStream getBody() {
        return body;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // the exchange is over; a connection that fails to close is dropped by the JDK client
        }
    }
}
