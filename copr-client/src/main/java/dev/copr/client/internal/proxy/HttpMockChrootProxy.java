package dev.copr.client.internal.proxy;

import dev.copr.client.chroot.MockChrootProxy;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link MockChrootProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpMockChrootProxy implements MockChrootProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpMockChrootProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public Map<String, String> getList() {
        Map<?, ?> answer = transport.execute(CoprRequest.get("mock_chroot.get_list", "/mock-chroots/list"), Map.class);
        Map<String, String> comments = new LinkedHashMap<>();
        answer.forEach((name, comment) -> comments.put(String.valueOf(name), comment == null ? "" : comment.toString()));
        return Collections.unmodifiableMap(comments);
    }
}
