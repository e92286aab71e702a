package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BuildProxyUploadTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @TempDir
    Path dir;

    private final BuildProxy builds = copr.client().builds();

    private Path srpm(byte[] content) throws IOException {
        return Files.write(dir.resolve("hello-2.8-1.fc41.src.rpm"), content);
    }

    @Test
    void createFromFileSendsJsonPartNamedJsonAndTheSrpmAsPkgs() throws IOException {
        byte[] content = "RPM bytes \u0000\u0001".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = srpm(content);
        copr.stubFor(post("/api_3/build/create/upload").willReturn(okJson(ApiSamples.build(201))));

        Build build = builds.createFromFile("@copr", "copr-dev", file,
                BuildOptions.builder().chroots("fedora-41-x86_64").projectDirname("copr-dev:pr:3").build());

        copr.verify(postRequestedFor(urlEqualTo("/api_3/build/create/upload"))
                .withHeader("Authorization", equalTo(ApiSamples.BASIC_AUTH))
                .withHeader("Content-Type", matching("multipart/form-data; ?boundary=.+"))
                .withRequestBodyPart(aMultipart("json")
                        .withHeader("Content-Disposition", equalTo("form-data; name=\"json\"; filename=\"json\""))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withBody(equalToJson("""
                                {"ownername": "@copr", "projectname": "copr-dev", "chroots": ["fedora-41-x86_64"],
                                 "project_dirname": "copr-dev:pr:3"}
                                """, false, false))
                        .build())
                .withRequestBodyPart(aMultipart("pkgs")
                        .withHeader("Content-Disposition",
                                equalTo("form-data; name=\"pkgs\"; filename=\"hello-2.8-1.fc41.src.rpm\""))
                        .withHeader("Content-Type", equalTo("application/x-rpm"))
                        .withBody(binaryEqualTo(content))
                        .build()));
        assertThat(build.id()).isEqualTo(201);
    }

    @Test
    void createFromFileReportsProgressUpToTheFileSize() throws IOException {
        Path file = srpm(new byte[100_000]);
        copr.stubFor(post("/api_3/build/create/upload").willReturn(okJson(ApiSamples.build(202))));
        List<long[]> calls = new ArrayList<>();

        builds.createFromFile("jdoe", "foo", file, null, (sent, total) -> calls.add(new long[] {sent, total}));

        assertThat(calls).isNotEmpty();
        assertThat(calls.get(calls.size() - 1)).containsExactly(100_000L, 100_000L);
        assertThat(calls).allSatisfy(call -> assertThat(call[1]).isEqualTo(100_000L));
    }

    @Test
    void uploadGoesOutWithItsLengthNotChunked() throws IOException {
        Path file = srpm(new byte[300 * 1024]);
        copr.stubFor(post("/api_3/build/create/upload").willReturn(okJson(ApiSamples.build(201))));

        builds.createFromFile("@copr", "copr-dev", file, BuildOptions.builder().chroots("fedora-41-x86_64").build());

        LoggedRequest sent = copr.findAll(postRequestedFor(urlEqualTo("/api_3/build/create/upload"))).get(0);
        assertThat(sent.getHeader("Transfer-Encoding")).isNull();
        assertThat(Long.parseLong(sent.getHeader("Content-Length"))).isEqualTo(sent.getBody().length)
                .isGreaterThan(300 * 1024);
    }

    @Test
    void listenerThatThrowsStopsTheUploadWithItsException() throws IOException {
        Path file = srpm(new byte[4 << 20]);
        copr.stubFor(post("/api_3/build/create/upload").willReturn(okJson(ApiSamples.build(201))));
        IllegalStateException stop = new IllegalStateException("stop uploading");

        assertThatThrownBy(() -> builds.createFromFile("@copr", "copr-dev", file, BuildOptions.builder().chroots("fedora-41-x86_64").build(),
                (sent, total) -> {
                    throw stop;
                })).isSameAs(stop);
    }

    @Test
    void createFromFilePassesCoprsErrorThrough() throws IOException {
        Path file = srpm(new byte[10]);
        copr.stubFor(post("/api_3/build/create/upload").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Project jdoe/nope does not exist.\"}")));

        assertThatThrownBy(() -> builds.createFromFile("jdoe", "nope", file))
                .isInstanceOf(CoprNoResultException.class)
                .hasMessageEndingWith("Project jdoe/nope does not exist.");
    }

    @Test
    void createFromFileRefusesAMissingFileBeforeAnyRequest() {
        Path missing = dir.resolve("missing.src.rpm");

        assertThatThrownBy(() -> builds.createFromFile("jdoe", "foo", missing))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("path ")
                .hasMessageEndingWith("missing.src.rpm does not exist");
        assertThatThrownBy(() -> builds.createFromFile("jdoe", "foo", dir))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageEndingWith("is not a readable regular file");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
