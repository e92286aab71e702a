package dev.copr.test.assertj;

import dev.copr.client.build.BuildState;
import dev.copr.test.CoprStub;
import dev.copr.test.RecordedRequest;

import java.util.List;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link CoprStub}: the requests it received and its builds' states.
 *
 * @since 0.1.0
 */
public final class CoprStubAssert extends AbstractAssert<CoprStubAssert, CoprStub> {

    CoprStubAssert(CoprStub actual) {
        super(actual, CoprStubAssert.class);
    }

    /**
     * Checks that the stub received a request with this method and path, and returns assertions on
     * the last such request.
     * @param path the decoded path under {@code /api_3}, e.g. {@code /build/create/upload}
     */
    public RecordedRequestAssert receivedRequest(String method, String path) {
        isNotNull();
        List<RecordedRequest> matching = actual.requests(method, path);
        if (matching.isEmpty()) {
            failWithMessage("Expected the Copr stub to have received %s %s, but it received:%n%s", method, path,
                    describe(actual.requests()));
        }
        return new RecordedRequestAssert(matching.get(matching.size() - 1));
    }

    /** Checks how many requests with this method and path the stub received. */
    public CoprStubAssert receivedRequests(int count, String method, String path) {
        isNotNull();
        int received = actual.requests(method, path).size();
        if (received != count) {
            failWithMessage("Expected the Copr stub to have received %s %s %d time(s), but it did %d time(s); all"
                    + " requests:%n%s", method, path, count, received, describe(actual.requests()));
        }
        return this;
    }

    /** Checks that the stub received no request with this method and path. */
    public CoprStubAssert receivedNoRequest(String method, String path) {
        return receivedRequests(0, method, path);
    }

    /** Checks that the stub answered every request it received with a 2xx status. */
    public CoprStubAssert answeredEveryRequestSuccessfully() {
        isNotNull();
        List<RecordedRequest> failed = actual.requests().stream().filter(request -> !request.succeeded()).toList();
        if (!failed.isEmpty()) {
            failWithMessage("Expected the Copr stub to have answered every request successfully, but these failed:%n%s",
                    describe(failed));
        }
        return this;
    }

    /** Checks the state Copr would answer for a build now. */
    public CoprStubAssert hasBuildInState(long buildId, BuildState state) {
        isNotNull();
        BuildState current = actual.buildState(buildId);
        if (current != state) {
            failWithMessage("Expected Copr stub build %d to be %s, but it is %s", buildId, state, current);
        }
        return this;
    }

    private static String describe(List<RecordedRequest> requests) {
        if (requests.isEmpty()) {
            return "  (no requests)";
        }
        return requests.stream()
                .map(request -> "  " + request.method() + " " + request.path() + " -> " + request.status())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
