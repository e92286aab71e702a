package dev.copr.client.project;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** delete, fork and regenerate-repos. */
class ProjectProxyLifecycleTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final ProjectProxy projects = copr.client().projects();

    @Test
    void deleteSendsVerifyTrueAndReturnsTheProjectAsItWas() {
        copr.stubFor(delete("/api_3/project/delete/jdoe/hello").willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        Project deleted = projects.delete("jdoe", "hello");

        copr.verify(deleteRequestedFor(urlEqualTo("/api_3/project/delete/jdoe/hello"))
                .withBasicAuth(ProjectFixtures.credentials())
                .withRequestBody(equalToJson("{\"verify\": true}")));
        assertThat(deleted.fullName()).isEqualTo("jdoe/hello");
    }

    @Test
    void deleteOfAnotherUsersProjectPassesCoprsRefusalThrough() {
        copr.stubFor(delete("/api_3/project/delete/someone/hello").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Only owners may delete their projects.\"}")));

        assertThatThrownBy(() -> projects.delete("someone", "hello"))
                .isInstanceOf(CoprAuthException.class)
                .hasMessage("Copr answered HTTP 403 to DELETE /api_3/project/delete/someone/hello:"
                        + " Only owners may delete their projects.");
    }

    @Test
    void forkSendsDestinationAndConfirmAndReturnsTheFork() {
        copr.stubFor(post("/api_3/project/fork/%40copr/copr-dev").willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        Project fork = projects.fork("@copr", "copr-dev", "jdoe", "hello");

        copr.verify(postRequestedFor(urlEqualTo("/api_3/project/fork/%40copr/copr-dev"))
                .withBasicAuth(ProjectFixtures.credentials())
                .withRequestBody(equalToJson("{\"name\": \"hello\", \"ownername\": \"jdoe\", \"confirm\": false}")));
        assertThat(fork.id()).isEqualTo(4242);
    }

    @Test
    void forkIntoAnExistingProjectPassesCoprsHintThrough() {
        copr.stubFor(post("/api_3/project/fork/jdoe/hello").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"You are about to fork into existing project: hello\\n"
                        + "Please use --confirm if you really want to do this\"}")));

        assertThatThrownBy(() -> projects.fork("jdoe", "hello", "jdoe", "hello"))
                .isExactlyInstanceOf(CoprRequestException.class)
                .extracting(e -> ((CoprRequestException) e).getCoprError())
                .isEqualTo("You are about to fork into existing project: hello\n"
                        + "Please use --confirm if you really want to do this");
    }

    @Test
    void forkConfirmingAnExistingProjectSendsConfirmTrue() {
        copr.stubFor(post("/api_3/project/fork/jdoe/hello").willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        projects.fork("jdoe", "hello", "@copr", "hello", ForkMode.CONFIRM_EXISTING);

        copr.verify(postRequestedFor(urlEqualTo("/api_3/project/fork/jdoe/hello"))
                .withRequestBody(equalToJson("{\"name\": \"hello\", \"ownername\": \"@copr\", \"confirm\": true}")));
    }

    @Test
    void forkRefusesBadDestinationBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.fork("jdoe", "hello", "jdoe", ""))
                .isInstanceOf(CoprValidationException.class).hasMessage("dstprojectname must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void regenerateReposIsAnAuthenticatedPutWithoutBody() {
        copr.stubFor(put("/api_3/project/regenerate-repos/jdoe/hello").willReturn(okJson(ProjectFixtures.PROJECT_JSON)));

        Project project = projects.regenerateRepos("jdoe", "hello");

        copr.verify(putRequestedFor(urlEqualTo("/api_3/project/regenerate-repos/jdoe/hello"))
                .withBasicAuth(ProjectFixtures.credentials())
                .withHeader("Content-Type", absent())
                .withRequestBody(absent()));
        assertThat(project.fullName()).isEqualTo("jdoe/hello");
    }

    @Test
    void regenerateReposRefusesBadNamesBeforeAnyRequest() {
        assertThatThrownBy(() -> projects.regenerateRepos("jdoe", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("projectname must not be null");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
