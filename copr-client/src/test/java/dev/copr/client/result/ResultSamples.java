package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

/** Answers of the Copr API and of its results host, for a build whose results live on a test server. */
final class ResultSamples {

    static final long BUILD_ID = 6789012;
    static final String RAWHIDE = "fedora-rawhide-x86_64";
    static final String F41 = "fedora-41-x86_64";

    private ResultSamples() {
    }

    /** The path of a chroot's result directory, as the backend lays it out, with its trailing slash. */
    static String resultPath(String chroot) {
        return "/results/@copr/copr-dev/" + chroot + "/06789012-hello/";
    }

    /** One item of {@code build-chroot/list}, its {@code result_url} on {@code resultsHost}. */
    static String chroot(String name, String state, String resultsHost) {
        return """
                {"name": "%s", "state": "%s", "started_on": 1700000100, "ended_on": null,
                 "result_url": "%s%s"}""".formatted(name, state, resultsHost, resultPath(name));
    }

    /** A {@code build-chroot/list} answer of these items. */
    static String chrootList(String... items) {
        return ApiSamples.list("{\"limit\": null, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}", items);
    }

    /** A build chroot as the API answers it. */
    static BuildChroot buildChroot(String name, BuildState state, String resultsHost) {
        return new BuildChroot(name, state, null, null, resultsHost + resultPath(name), Map.of());
    }

    /** The build of {@link #BUILD_ID}, of the package {@code hello}. */
    static Build build() {
        String json = ApiSamples.build(BUILD_ID).replace("\"source_package\": {\"name\": null",
                "\"source_package\": {\"name\": \"hello\"");
        return JsonMapper.builder().build().readValue(json, Build.class);
    }

    /** Stubs {@code GET /api_3/project} of the build's project, {@link #project}. */
    static void stubProject(CoprWireMock copr, String storage, boolean develMode) {
        copr.stubFor(get(urlEqualTo("/api_3/project?ownername=%40copr&projectname=copr-dev"))
                .willReturn(okJson(project(storage, develMode))));
    }

    /** The build's project {@code @copr/copr-dev} on this storage, as {@code GET /api_3/project} answers it. */
    static String project(String storage, boolean develMode) {
        return """
                {"id": 4242, "name": "copr-dev", "ownername": "@copr", "full_name": "@copr/copr-dev",
                 "homepage": null, "contact": null, "description": "", "instructions": "",
                 "devel_mode": %s, "persistent": false, "unlisted_on_hp": false, "auto_prune": true,
                 "chroot_repos": {}, "additional_repos": [], "enable_net": false, "bootstrap": "default",
                 "isolation": "default", "module_hotfixes": false, "appstream": false,
                 "packit_forge_projects_allowed": [], "follow_fedora_branching": true, "repo_priority": null,
                 "storage": "%s"}""".formatted(develMode, storage);
    }

    /** The package {@code hello} built in {@code chroot}: its binary RPM and source RPM. */
    static String builtPackages(String... chroots) {
        StringBuilder json = new StringBuilder("{");
        for (String chroot : chroots) {
            json.append(json.length() > 1 ? "," : "").append('"').append(chroot).append("\": ").append(PACKAGES);
        }
        return json.append('}').toString();
    }

    /** {@code results.json} and the {@code packages} of a built-packages answer alike. */
    static final String PACKAGES = """
            {"packages": [
              {"name": "hello", "epoch": 0, "version": "2.12", "release": "1.fc41", "arch": "x86_64"},
              {"name": "hello", "epoch": 0, "version": "2.12", "release": "1.fc41", "arch": "src"}]}""";

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
