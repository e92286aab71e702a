package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.project.Project;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Names, texts and errors outside ASCII: sent as UTF-8, percent-encoded in URLs, read back intact. */
@ExtendWith(TokenWatch.class)
class UnicodeFaultTest {

    private static final String NAME = "žluťoučký-kůň_日本";
    private static final String DESCRIPTION = "Пакеты для ελληνικά, 中文 und emoji 🚀\u200d";

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    @Test
    void unicodeNamesArePercentEncodedAsUtf8AndUnicodeAnswersReadIntact() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(("{\"id\": 1, \"name\": " + FaultFixtures.json(NAME) + ", \"ownername\": \"jdoe\","
                        + " \"full_name\": " + FaultFixtures.json("jdoe/" + NAME) + ", \"description\": "
                        + FaultFixtures.json(DESCRIPTION) + "}").getBytes(StandardCharsets.UTF_8))));

        Project project = client.projects().get("jdoe", NAME);

        assertThat(project.name()).isEqualTo(NAME);
        assertThat(project.description()).isEqualTo(DESCRIPTION);
        copr.verify(getRequestedFor(urlEqualTo("/api_3/project?ownername=jdoe&projectname="
                + "%C5%BElu%C5%A5ou%C4%8Dk%C3%BD-k%C5%AF%C5%88_%E6%97%A5%E6%9C%AC")));
    }

    @Test
    void unicodeNamesInThePathArePercentEncoded() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": 1, \"name\": \"x\", \"ownername\": \"jdoe\"}")));

        client.projects().delete("jdoe", NAME);

        copr.verify(deleteRequestedFor(urlEqualTo("/api_3/project/delete/jdoe/"
                + "%C5%BElu%C5%A5ou%C4%8Dk%C3%BD-k%C5%AF%C5%88_%E6%97%A5%E6%9C%AC")));
    }

    @Test
    void unicodeInAJsonBodyIsSentAsUtf8() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("{\"items\": [" + ApiSamples.build(9) + "]}")));

        Build build = client.builds().createFromUrl("jdoe", NAME, "https://example.org/ünïcode-1.0.src.rpm",
                BuildOptions.builder().chroots("fedora-41-x86_64").build());

        assertThat(build.id()).isEqualTo(9);
        copr.verify(postRequestedFor(urlPathEqualTo("/api_3/build/create/url"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"projectname\": " + FaultFixtures.json(NAME)
                        + ", \"pkgs\": [\"https://example.org/ünïcode-1.0.src.rpm\"]}", true, true)));
    }

    @Test
    void unicodeErrorTextReachesTheException() {
        String error = "Projekt „jdoe/" + NAME + "“ neexistuje 🚫";
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(("{\"error\": " + FaultFixtures.json(error) + "}").getBytes(StandardCharsets.UTF_8))));

        CoprException e = catchThrowableOfType(CoprException.class, () -> client.projects().get("jdoe", NAME));

        assertThat(e).isExactlyInstanceOf(CoprNoResultException.class);
        assertThat(e.getCoprError()).isEqualTo(error);
        assertThat(e.getMessage()).endsWith(": " + error);
        TokenWatch.assertClean(e);
    }
}
