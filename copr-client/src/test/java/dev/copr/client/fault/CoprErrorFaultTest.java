package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.project.NewProjectOptions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Copr refusing a call with its own JSON error: bad token, missing rights, unknown objects. */
class CoprErrorFaultTest {

    private static final String EXPIRED = "Login invalid/expired. Please visit https://copr.example.org/api"
            + " to get or renew your API token.";

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    @RegisterExtension
    final TokenWatch tokenWatch = new TokenWatch();

    private final CoprClient client = copr.client();

    @Test
    void expiredTokenIsAnAuthExceptionWithCoprsAdviceAndNoToken() {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.coprError(401, EXPIRED)));

        CoprException e = catchThrowableOfType(CoprException.class, client::authCheck);

        assertThat(e).isExactlyInstanceOf(CoprAuthException.class);
        assertThat(e.getStatus()).isEqualTo(401);
        assertThat(e.getCoprError()).isEqualTo(EXPIRED);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/auth-check");
        assertThat(e.getMessage()).startsWith("Copr answered HTTP 401 to GET /api_3/auth-check: " + EXPIRED);
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
        assertThat(client.toString()).doesNotContain(TokenWatch.TOKEN);
        assertThat(client.config().toString()).doesNotContain(TokenWatch.TOKEN).doesNotContain(TokenWatch.LOGIN);
    }

    @Test
    void missingRightsOnAPostIsAnAuthExceptionSentOnce() {
        String error = "Only admins may create persistent projects.";
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.coprError(403, error)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.projects()
                .add("jdoe", "hello", List.of("fedora-41-x86_64"), NewProjectOptions.none()));

        assertThat(e).isExactlyInstanceOf(CoprAuthException.class);
        assertThat(e.getStatus()).isEqualTo(403);
        assertThat(e.getCoprError()).isEqualTo(error);
        assertThat(e.getRequest()).isEqualTo("POST /api_3/project/add/jdoe");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void missingRightsOnADeleteIsAnAuthExceptionSentOnce() {
        String error = "User 'jdoe' can not delete build 7 in project '@copr/copr-dev'";
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.coprError(403, error)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().delete(7));

        assertThat(e).isExactlyInstanceOf(CoprAuthException.class);
        assertThat(e.getCoprError()).isEqualTo(error);
        assertThat(e.getRequest()).isEqualTo("DELETE /api_3/build/delete/7");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void unknownBuildIsANoResultExceptionNotRetried() {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.coprError(404, "Build 99 does not exist.")));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().get(99));

        assertThat(e).isExactlyInstanceOf(CoprNoResultException.class);
        assertThat(e.getStatus()).isEqualTo(404);
        assertThat(e.getCoprError()).isEqualTo("Build 99 does not exist.");
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/99");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void unknownPackageNamesTheQueryInTheRequest() {
        String error = "No package with name nope in copr jdoe/hello";
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.coprError(404, error)));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> client.packages().get("jdoe", "hello", "nope"));

        assertThat(e).isExactlyInstanceOf(CoprNoResultException.class);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/package?ownername=jdoe&projectname=hello&packagename=nope");
        assertThat(e.getMessage()).endsWith(": " + error);
        TokenWatch.assertClean(e);
    }

    @Test
    void theWatchSeesTheClientsRequestLog() {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.coprError(404, "Build 99 does not exist.")));

        catchThrowableOfType(CoprException.class, () -> client.builds().get(99));

        assertThat(tokenWatch.coprLogLines()).anyMatch(line -> line.startsWith("GET /api_3/build/99 -> 404"));
    }
}
