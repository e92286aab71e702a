package dev.copr.test.assertj;

import dev.copr.test.CoprStub;
import dev.copr.test.RecordedRequest;

/**
 * AssertJ entry points for what a {@link CoprStub} received:
 *
 * <pre>{@code
 * assertThat(copr).receivedRequest("POST", "/build/create/scm")
 *         .isAuthenticatedAs("tester")
 *         .hasBodyField("clone_url", "https://github.com/fedora-copr/copr.git");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoprStubAssertions {

    private CoprStubAssertions() {
    }

    /** Assertions on the requests a stub received and the state of its builds. */
    public static CoprStubAssert assertThat(CoprStub stub) {
        return new CoprStubAssert(stub);
    }

    /** Assertions on one received request. */
    public static RecordedRequestAssert assertThat(RecordedRequest request) {
        return new RecordedRequestAssert(request);
    }
}
