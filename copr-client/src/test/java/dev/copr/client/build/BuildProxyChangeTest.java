package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprValidationException;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildProxyChangeTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildProxy builds = copr.client().builds();

    @Test
    void cancelIsAnAuthenticatedPutWithoutBody() {
        copr.stubFor(put("/api_3/build/cancel/123").willReturn(okJson(ApiSamples.build(123).replace("importing", "canceled"))));

        Build build = builds.cancel(123);

        copr.verify(putRequestedFor(urlEqualTo("/api_3/build/cancel/123"))
                .withHeader("Authorization", equalTo(ApiSamples.BASIC_AUTH))
                .withHeader("Content-Type", absent()));
        assertThat(build.state()).isEqualTo(BuildState.CANCELED);
    }

    @Test
    void cancelPassesCoprsRefusalThrough() {
        copr.stubFor(put("/api_3/build/cancel/123").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"You are not allowed to cancel this build.\"}")));

        assertThatThrownBy(() -> builds.cancel(123))
                .isInstanceOf(CoprAuthException.class)
                .hasMessageEndingWith("You are not allowed to cancel this build.");
    }

    @Test
    void deleteIsAnAuthenticatedDeleteReturningTheBuildAsItWas() {
        copr.stubFor(delete("/api_3/build/delete/123").willReturn(okJson(ApiSamples.build(123))));

        Build build = builds.delete(123);

        copr.verify(deleteRequestedFor(urlEqualTo("/api_3/build/delete/123"))
                .withHeader("Authorization", equalTo(ApiSamples.BASIC_AUTH)));
        assertThat(build.id()).isEqualTo(123);
        assertThat(build.projectname()).isEqualTo("copr-dev");
    }

    @Test
    void deleteListSendsTheIdsAsJsonAndReturnsTheDeletedOnes() {
        copr.stubFor(delete("/api_3/build/delete/list").willReturn(okJson("{\"builds\": [12, 13]}")));

        List<Long> deleted = builds.deleteList(List.of(12L, 13L));

        copr.verify(deleteRequestedFor(urlEqualTo("/api_3/build/delete/list"))
                .withHeader("Authorization", equalTo(ApiSamples.BASIC_AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"builds\": [12, 13]}", false, false)));
        assertThat(deleted).containsExactly(12L, 13L);
    }

    @Test
    void changeCallsRefuseBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> builds.cancel(0)).isInstanceOf(CoprValidationException.class)
                .hasMessage("buildId must be a positive id, was 0");
        assertThatThrownBy(() -> builds.delete(-1)).isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> builds.deleteList(null)).isInstanceOf(CoprValidationException.class)
                .hasMessage("buildIds must not be null");
        assertThatThrownBy(() -> builds.deleteList(List.of())).isInstanceOf(CoprValidationException.class)
                .hasMessage("buildIds must name at least one build");
        assertThatThrownBy(() -> builds.deleteList(Arrays.asList(1L, null))).isInstanceOf(CoprValidationException.class)
                .hasMessage("buildIds must not be null");
        assertThatThrownBy(() -> builds.deleteList(List.of(1L, 0L))).isInstanceOf(CoprValidationException.class)
                .hasMessage("buildIds must be a positive id, was 0");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
