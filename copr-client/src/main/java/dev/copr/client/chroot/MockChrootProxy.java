package dev.copr.client.chroot;

import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The chroots (Mock configs) Copr currently offers: python-copr's {@code MockChrootProxy}. */
public final class MockChrootProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public MockChrootProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * All active chroots, by name, with the instance's comment on each (converted from HTML to
     * text; empty when there is none), in Copr's order; python-copr {@code get_list()}. Not
     * paginated: python-copr's {@code pagination} argument is ignored by python-copr and by Copr,
     * so this method has none.
     */
    public Map<String, String> getList() {
        Map<?, ?> answer = transport.execute(CoprRequest.get("mock_chroot.get_list", "/mock-chroots/list"), Map.class);
        Map<String, String> comments = new LinkedHashMap<>();
        answer.forEach((name, comment) -> comments.put(String.valueOf(name), comment == null ? "" : comment.toString()));
        return Collections.unmodifiableMap(comments);
    }
}
