package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** WireMock scenarios where each {@code GET /api_3/build/{id}} answers the next state of a build. */
final class BuildScenarios {

    private BuildScenarios() {
    }

    /** Build {@code id} answers {@code states} one per poll; the last state repeats. */
    static void progress(WireMockExtension copr, long id, String... states) {
        answers(copr, id, Arrays.stream(states).map(state -> json(id, state)).toArray(String[]::new));
    }

    /** Build {@code id} answers these JSON bodies one per poll; the last one repeats. */
    static void answers(WireMockExtension copr, long id, String... bodies) {
        for (int poll = 0; poll < bodies.length; poll++) {
            ScenarioMappingBuilder stub = get("/api_3/build/" + id).inScenario("build " + id)
                    .whenScenarioStateIs(poll == 0 ? STARTED : "poll " + poll)
                    .willReturn(okJson(bodies[poll]));
            if (poll < bodies.length - 1) {
                stub = stub.willSetStateTo("poll " + (poll + 1));
            }
            copr.stubFor(stub);
        }
    }

    /** How many times build {@code id} was requested. */
    static int polls(WireMockExtension copr, long id) {
        return copr.findAll(getRequestedFor(urlEqualTo("/api_3/build/" + id))).size();
    }

    /** Every request Copr received, in order, e.g. {@code GET /api_3/build/7}. */
    static List<String> requests(WireMockExtension copr) {
        return copr.findAll(anyRequestedFor(anyUrl())).stream()
                .map(request -> request.getMethod() + " " + request.getUrl()).toList();
    }

    /** A build as Copr's {@code GET /api_3/build/{id}} answers it. */
    static String json(long id, String state) {
        return json(id, state, "fedora-rawhide-x86_64");
    }

    /** A build in these chroots as Copr's {@code GET /api_3/build/{id}} answers it. */
    static String json(long id, String state, String... chroots) {
        return """
                {"id": %d, "state": "%s", "ownername": "@copr", "projectname": "copr-dev",
                 "project_dirname": "copr-dev",
                 "repo_url": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev",
                 "submitter": "praiskup", "submitted_on": 1700000000, "started_on": null, "ended_on": null,
                 "is_background": false, "chroots": [%s],
                 "source_package": {"name": "copr-cli", "version": null, "url": null}}
                """.formatted(id, state, Arrays.stream(chroots).map(chroot -> '"' + chroot + '"')
                .collect(Collectors.joining(", ")));
    }

    /** A build in {@code state} as a caller holds it, e.g. from a create call. */
    static Build build(long id, BuildState state) {
        return new Build(id, state, "@copr", "copr-dev", "copr-dev", null, "praiskup", null, null, null, false,
                null, null, null);
    }
}
