package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DependencyOrderTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildProxy builds = copr.client().builds();

    private static void answer(String endpoint, long buildId) {
        copr.stubFor(post("/api_3/build/create/" + endpoint).willReturn(okJson(endpoint.equals("url")
                ? ApiSamples.list("{}", ApiSamples.build(buildId)) : ApiSamples.build(buildId))));
    }

    private static void verifyFirstOfAll(String endpoint, String json) {
        copr.verify(postRequestedFor(urlEqualTo("/api_3/build/create/" + endpoint))
                .withRequestBody(equalToJson(json, false, true)).withRequestBody(notContaining("build_id")));
    }

    private static void verifyBatch(String endpoint, String json, String absent) {
        copr.verify(postRequestedFor(urlEqualTo("/api_3/build/create/" + endpoint))
                .withRequestBody(equalToJson(json, false, true)).withRequestBody(notContaining(absent)));
    }

    @Test
    void eachLayerIsOneBatchAfterTheBatchOfTheLayerBefore() {
        answer("scm", 11);
        answer("pypi", 12);
        answer("rubygems", 13);
        answer("url", 14);
        answer("distgit", 15);

        DependencyBuilds submitted = builds.inDependencyOrder("jdoe", "stack")
                .options(BuildOptions.builder().chroots("fedora-41-x86_64").build())
                .add("e", DistgitSource.defaults(), "c")
                .add("a", ScmSource.builder("https://example.org/a.git").build())
                .add("d", options -> builds.createFromUrl("jdoe", "other", "https://example.org/d-1-1.src.rpm",
                        options), "a", "b")
                .add("b", PypiSource.builder("b").build())
                .add("c", RubygemsSource.of("c"), "a")
                .submit();

        verifyFirstOfAll("scm", """
                {"ownername": "jdoe", "projectname": "stack", "clone_url": "https://example.org/a.git",
                 "chroots": ["fedora-41-x86_64"]}""");
        verifyBatch("pypi", """
                {"ownername": "jdoe", "projectname": "stack", "pypi_package_name": "b",
                 "chroots": ["fedora-41-x86_64"], "with_build_id": 11}""", "after_build_id");
        verifyBatch("rubygems", """
                {"ownername": "jdoe", "projectname": "stack", "gem_name": "c",
                 "chroots": ["fedora-41-x86_64"], "with_build_id": 14}""", "after_build_id");
        verifyBatch("url", """
                {"ownername": "jdoe", "projectname": "other", "pkgs": ["https://example.org/d-1-1.src.rpm"],
                 "chroots": ["fedora-41-x86_64"], "after_build_id": 11}""", "with_build_id");
        verifyBatch("distgit", """
                {"ownername": "jdoe", "projectname": "stack", "package_name": "e",
                 "chroots": ["fedora-41-x86_64"], "after_build_id": 14}""", "with_build_id");
        assertThat(copr.getAllServeEvents()).hasSize(5);
        assertThat(submitted.layers()).containsExactly(List.of("a", "b"), List.of("d", "c"), List.of("e"));
        assertThat(submitted.builds()).containsOnlyKeys("e", "a", "d", "b", "c");
        assertThat(submitted.builds().keySet()).containsExactly("e", "a", "d", "b", "c");
        assertThat(submitted.builds().values()).extracting(Build::id).containsExactly(15L, 11L, 14L, 12L, 13L);
        assertThat(submitted.dependents("a")).containsExactly("e", "d", "c");
    }

    @Test
    void batchOptionOfTheOptionsPlacesTheFirstLayer() {
        answer("pypi", 21);

        builds.inDependencyOrder("jdoe", "stack").options(BuildOptions.builder().afterBuildId(7).build())
                .add("x", PypiSource.builder("x").build()).add("y", PypiSource.builder("y").build(), "x").submit();

        copr.verify(postRequestedFor(urlEqualTo("/api_3/build/create/pypi"))
                .withRequestBody(equalToJson("{\"pypi_package_name\": \"x\", \"after_build_id\": 7}", false, true)));
        copr.verify(postRequestedFor(urlEqualTo("/api_3/build/create/pypi"))
                .withRequestBody(equalToJson("{\"pypi_package_name\": \"y\", \"after_build_id\": 21}", false, true)));
    }

    @Test
    void cycleIsRefusedBeforeAnythingIsSentAndNamed() {
        DependencyOrder order = builds.inDependencyOrder("jdoe", "stack")
                .add("a", PypiSource.builder("a").build())
                .add("b", PypiSource.builder("b").build(), "a", "d")
                .add("c", PypiSource.builder("c").build(), "b")
                .add("d", PypiSource.builder("d").build(), "c");

        assertThatThrownBy(order::submit).isInstanceOf(CoprValidationException.class)
                .hasMessage("Packages depend on each other in a cycle, b -> d -> c -> b: Copr can build them in no"
                        + " order; drop one of these dependencies");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void packageDependingOnItselfIsACycle() {
        assertThatThrownBy(builds.inDependencyOrder("jdoe", "stack").add("a", PypiSource.builder("a").build(), "a")
                ::submit).hasMessageContaining("cycle, a -> a:");
    }

    @Test
    void unknownDependencyDuplicateAndEmptyOrderAreRefused() {
        assertThatThrownBy(builds.inDependencyOrder("jdoe", "stack").add("a", PypiSource.builder("a").build(), "b")
                ::submit).isInstanceOf(CoprValidationException.class)
                .hasMessage("Package a depends on b, which was not added: add it, or drop the dependency");
        assertThatThrownBy(() -> builds.inDependencyOrder("jdoe", "stack").add("a", PypiSource.builder("a").build())
                .add("a", PypiSource.builder("a").build())).isInstanceOf(CoprValidationException.class)
                .hasMessage("Package a is added twice: add each package once");
        assertThatThrownBy(builds.inDependencyOrder("jdoe", "stack")::submit)
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("No packages added: add at least one before submitting");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusedBuildStopsTheSubmissionWithCoprsError() {
        answer("pypi", 31);
        copr.stubFor(post("/api_3/build/create/rubygems").willReturn(badRequest()
                .withBody("{\"error\": \"Bad request parameters: {'after_build_id': ['Build 31 not found']}\"}")));

        assertThatThrownBy(builds.inDependencyOrder("jdoe", "stack").add("a", PypiSource.builder("a").build())
                .add("b", RubygemsSource.of("b"), "a").add("c", PypiSource.builder("c").build(), "b")::submit)
                .isInstanceOf(CoprRequestException.class).hasMessageContaining("Build 31 not found");
        assertThat(copr.getAllServeEvents()).hasSize(2);
    }

    @Test
    void cancellingDependentsCancelsTheDependentsOfAFailedBuildOnce() {
        answerFor("a", 41);
        answerFor("b", 42);
        answerFor("c", 43);
        answerFor("x", 44);
        for (long id : new long[] {42, 43}) {
            copr.stubFor(put("/api_3/build/cancel/" + id).willReturn(okJson(ApiSamples.build(id)
                    .replace("importing", "canceled"))));
        }
        DependencyBuilds submitted = builds.inDependencyOrder("jdoe", "stack")
                .add("a", PypiSource.builder("a").build())
                .add("b", PypiSource.builder("b").build(), "a")
                .add("c", PypiSource.builder("c").build(), "b")
                .add("x", PypiSource.builder("x").build())
                .submit();
        BuildStateListener listener = submitted.cancellingDependents();

        listener.stateChanged(inState(submitted.build("x"), BuildState.SUCCEEDED), BuildState.RUNNING);
        listener.stateChanged(inState(submitted.build("a"), BuildState.FAILED), BuildState.RUNNING);
        listener.stateChanged(inState(submitted.build("b"), BuildState.CANCELED), BuildState.PENDING);
        listener.stateChanged(inState(submitted.build("a"), BuildState.FAILED), BuildState.RUNNING);

        assertThat(copr.findAll(putRequestedFor(urlPathMatching("/api_3/build/cancel/.*"))))
                .extracting(request -> request.getUrl()).containsExactly("/api_3/build/cancel/42",
                        "/api_3/build/cancel/43");
        assertThat(submitted.builds().values()).extracting(Build::state).containsExactly(BuildState.FAILED,
                BuildState.CANCELED, BuildState.CANCELED, BuildState.IMPORTING);
    }

    @Test
    void dependentThatEndedMeanwhileIsLeftAsItIs() {
        answerFor("a", 51);
        answerFor("b", 52);
        copr.stubFor(put("/api_3/build/cancel/52").willReturn(aResponse().withStatus(409)
                .withBody("{\"error\": \"Cannot cancel build 52\"}")));
        DependencyBuilds submitted = builds.inDependencyOrder("jdoe", "stack")
                .add("a", PypiSource.builder("a").build()).add("b", PypiSource.builder("b").build(), "a").submit();

        submitted.cancellingDependents().stateChanged(inState(submitted.build("a"), BuildState.FAILED), null);

        copr.verify(1, putRequestedFor(urlEqualTo("/api_3/build/cancel/52")));
        assertThat(submitted.build("b").state()).isEqualTo(BuildState.IMPORTING);
    }

    private static void answerFor(String pypiName, long buildId) {
        copr.stubFor(post("/api_3/build/create/pypi")
                .withRequestBody(matchingJsonPath("$.pypi_package_name", equalTo(pypiName)))
                .willReturn(okJson(ApiSamples.build(buildId))));
    }

    private static Build inState(Build build, BuildState state) {
        return new Build(build.id(), state, build.ownername(), build.projectname(), build.projectDirname(),
                build.repoUrl(), build.submitter(), build.submittedOn(), null, null, false, build.chroots(),
                build.sourcePackage(), Map.of());
    }
}
