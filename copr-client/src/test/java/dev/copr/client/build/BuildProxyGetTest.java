package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprValidationException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildProxyGetTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildProxy builds = copr.anonymousClient().builds();

    @Test
    void getMapsEveryFieldOfABuild() {
        copr.stubFor(get("/api_3/build/123").willReturn(okJson("""
                {"id": 123, "state": "running", "ownername": "@copr", "projectname": "copr-dev",
                 "project_dirname": "copr-dev", "repo_url": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev",
                 "submitter": "praiskup", "submitted_on": 1700000000, "started_on": 1700000100, "ended_on": null,
                 "is_background": false, "chroots": ["fedora-rawhide-x86_64"],
                 "source_package": {"name": "copr-cli", "version": "1.0-1", "url": "https://example.org/copr-cli-1.0-1.src.rpm"},
                 "new_field": "kept"}
                """)));

        Build build = builds.get(123);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/123")));
        assertThat(build.id()).isEqualTo(123);
        assertThat(build.state()).isEqualTo(BuildState.RUNNING);
        assertThat(build.ownername()).isEqualTo("@copr");
        assertThat(build.projectDirname()).isEqualTo("copr-dev");
        assertThat(build.repoUrl()).endsWith("/results/@copr/copr-dev");
        assertThat(build.submitter()).isEqualTo("praiskup");
        assertThat(build.submittedOn()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(build.startedOn()).isEqualTo(Instant.ofEpochSecond(1700000100));
        assertThat(build.endedOn()).isNull();
        assertThat(build.background()).isFalse();
        assertThat(build.chroots()).isEqualTo(List.of("fedora-rawhide-x86_64"));
        assertThat(build.sourcePackage().name()).isEqualTo("copr-cli");
        assertThat(build.extra()).containsEntry("new_field", "kept");
        assertThat(build.ended()).isFalse();
    }

    @Test
    void stateNewerCoprAddsBecomesUnknown() {
        copr.stubFor(get("/api_3/build/5").willReturn(okJson("{\"id\": 5, \"state\": \"teleporting\"}")));

        assertThat(builds.get(5).state()).isEqualTo(BuildState.UNKNOWN);
    }

    @Test
    void refusesNonPositiveIdBeforeAnyRequest() {
        assertThatThrownBy(() -> builds.get(-1))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("buildId must be a positive id, was -1");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
