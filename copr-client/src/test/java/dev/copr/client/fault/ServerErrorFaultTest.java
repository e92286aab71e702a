package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copr's gateway or Flask answering 5xx with an HTML page instead of Copr's JSON error. */
@ExtendWith(TokenWatch.class)
class ServerErrorFaultTest {

    /** With at most four requests, three tries: a fourth would leave no room for the JDK's own repeat. */
    private static final int TRIES_AFTER_ANSWERS = FaultFixtures.QUICK_RETRIES.maxAttempts() - 1;

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    @ParameterizedTest
    @CsvSource({"502, Proxy Error", "503, Service Unavailable"})
    void getIsRetriedOnGatewayErrorsUpToTheAttemptLimitThenFailsWithThePageTitle(int status, String title) {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.htmlPage(status, status + " " + title)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getCoprError()).isEqualTo(status + " " + title);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/7");
        assertThat(e.getMessage()).isEqualTo("Copr answered HTTP " + status + " to GET /api_3/build/7: "
                + status + " " + title);
        copr.verify(TRIES_AFTER_ANSWERS, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void gatewayTimeoutPageIsATimeoutRetriedForGet() {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.htmlPage(504, "504 Gateway Timeout")));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> client.projects().get("jdoe", "hello"));

        assertThat(e).isExactlyInstanceOf(CoprTimeoutException.class);
        assertThat(e.getStatus()).isEqualTo(504);
        assertThat(e.getCoprError()).isEqualTo("504 Gateway Timeout");
        assertThat(e.getRequest()).isEqualTo("GET /api_3/project?ownername=jdoe&projectname=hello");
        copr.verify(TRIES_AFTER_ANSWERS, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void internalServerErrorPageIsNotRetried() {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.htmlPage(500, "500 Internal Server Error")));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().get(7));

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(500);
        assertThat(e.getCoprError()).isEqualTo("500 Internal Server Error");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @ParameterizedTest
    @CsvSource({"500, Internal Server Error", "502, Proxy Error", "503, Service Unavailable",
            "504, Gateway Timeout"})
    void postIsSentOnceWhatever5xxComesBack(int status, String title) {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.htmlPage(status, status + " " + title)));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds()
                .createFromUrl("jdoe", "hello", "https://example.org/hello-1.0-1.src.rpm",
                        BuildOptions.builder().chroots("fedora-41-x86_64").build()));

        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getCoprError()).isEqualTo(status + " " + title);
        assertThat(e.getRequest()).isEqualTo("POST /api_3/build/create/url");
        copr.verify(1, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(e);
    }

    @Test
    void putAndDeleteAreSentOnceOn503() {
        copr.stubFor(any(anyUrl()).willReturn(FaultFixtures.htmlPage(503, "503 Service Unavailable")));

        CoprException cancel = catchThrowableOfType(CoprException.class, () -> client.builds().cancel(7));
        CoprException delete = catchThrowableOfType(CoprException.class, () -> client.builds().delete(7));

        assertThat(cancel.getRequest()).isEqualTo("PUT /api_3/build/cancel/7");
        assertThat(delete.getRequest()).isEqualTo("DELETE /api_3/build/delete/7");
        assertThat(cancel.getStatus()).isEqualTo(503);
        assertThat(delete.getStatus()).isEqualTo(503);
        copr.verify(2, anyRequestedFor(anyUrl()));
        TokenWatch.assertClean(cancel);
        TokenWatch.assertClean(delete);
    }

    @Test
    void hugeErrorPageIsCutToAShortExcerpt() {
        String filler = "<p>" + "stack frame ".repeat(400_000) + "</p>";
        copr.stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(500).withHeader("Content-Type", "text/html").withBody("<html><body>" + filler
                        + "</body></html>")));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds().get(7));

        assertThat(e.getStatus()).isEqualTo(500);
        assertThat(e.getCoprError()).startsWith("stack frame stack frame").endsWith("...").hasSizeLessThan(310);
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }
}
