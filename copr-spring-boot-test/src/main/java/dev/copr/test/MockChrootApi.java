package dev.copr.test;

import java.util.LinkedHashMap;

/** {@code /mock-chroots/list}: the active chroots with their comments, not paginated. */
final class MockChrootApi {

    private final StubState state;

    MockChrootApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/mock-chroots/list", request -> new LinkedHashMap<>(state.mockChroots));
    }
}
