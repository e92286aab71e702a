package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.copr.client.result.ResultSamples.BUILD_ID;
import static dev.copr.client.result.ResultSamples.F41;
import static dev.copr.client.result.ResultSamples.RAWHIDE;
import static dev.copr.client.result.ResultSamples.buildChroot;
import static dev.copr.client.result.ResultSamples.chroot;
import static dev.copr.client.result.ResultSamples.chrootList;
import static dev.copr.client.result.ResultSamples.resultPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BuildDownloadTest {

    private static final String RPM = "hello-2.12-1.fc41.x86_64.rpm";
    private static final String SRPM = "hello-2.12-1.fc41.src.rpm";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @RegisterExtension
    static final CoprWireMock resultsHost = CoprWireMock.create();

    @RegisterExtension
    static final CoprWireMock pulp = CoprWireMock.create();

    @TempDir
    Path destination;

    private final BuildResults results = copr.client().results();

    @BeforeEach
    void copr() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/list")).willReturn(okJson(chrootList(
                chroot(RAWHIDE, "succeeded", resultsHost.baseUrl()), chroot(F41, "failed", resultsHost.baseUrl()),
                "{\"name\": \"epel-9-x86_64\", \"state\": \"skipped\", \"result_url\": null}"))));
        copr.stubFor(get("/api_3/build/built-packages/" + BUILD_ID)
                .willReturn(okJson(ResultSamples.builtPackages(RAWHIDE, F41))));
        ResultSamples.stubProject(copr, "backend", false);
        copr.stubFor(get("/api_3/build/" + BUILD_ID).willReturn(okJson(ApiSamples.build(BUILD_ID))));
        resultsHost.stubFor(get(anyUrl()).willReturn(notFound()));
    }

    @Test
    void downloadsEachChrootsRpmsLogsAndSpecIntoItsOwnDirectoryLikeCoprCli() throws IOException {
        for (String chroot : List.of(RAWHIDE, F41)) {
            serve(resultPath(chroot) + RPM, "rpm of " + chroot);
            serve(resultPath(chroot) + SRPM, "srpm of " + chroot);
            serve(resultPath(chroot) + "builder-live.log.gz", "log of " + chroot);
            serve(resultPath(chroot) + "hello.spec", "spec of " + chroot);
        }

        List<DownloadedFile> files = results.download(ResultSamples.build(), destination);

        assertThat(files).filteredOn(file -> file.outcome() == DownloadOutcome.DOWNLOADED)
                .extracting(file -> destination.relativize(file.path()).toString())
                .containsExactlyInAnyOrder(RAWHIDE + "/" + RPM, RAWHIDE + "/" + SRPM,
                        RAWHIDE + "/builder-live.log.gz", RAWHIDE + "/hello.spec",
                        F41 + "/" + RPM, F41 + "/" + SRPM, F41 + "/builder-live.log.gz", F41 + "/hello.spec");
        assertThat(files).filteredOn(file -> file.outcome() == DownloadOutcome.NOT_FOUND)
                .extracting(file -> file.file().fileName())
                .containsOnly("backend.log.gz", "root.log.gz", "build.log.gz", "state.log.gz", "hw_info.log.gz");
        assertThat(Files.readString(destination.resolve(F41).resolve(RPM))).isEqualTo("rpm of " + F41);
        assertThat(destination.resolve("epel-9-x86_64")).doesNotExist();
        try (Stream<Path> all = Files.walk(destination)) {
            assertThat(all.filter(path -> path.getFileName().toString().endsWith(".part"))).isEmpty();
        }
        resultsHost.verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", com.github.tomakehurst.wiremock
                .client.WireMock.matching(".*")));
        copr.verify(1, getRequestedFor(urlPathEqualTo("/api_3/build-chroot/list")));
        copr.verify(1, getRequestedFor(urlEqualTo("/api_3/build/built-packages/" + BUILD_ID)));
    }

    @Test
    void filtersByChrootAndKindAsCoprCliOptions() {
        serve(resultPath(RAWHIDE) + RPM, "rpm");

        List<DownloadedFile> files = results.download(ResultSamples.build(), destination,
                DownloadOptions.builder().chroots(RAWHIDE).kinds(ResultKind.BINARY_RPM).build());

        assertThat(files).extracting(file -> file.file().fileName(), DownloadedFile::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RPM, DownloadOutcome.DOWNLOADED));
        assertThat(destination.resolve(F41)).doesNotExist();
        resultsHost.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void logsOnlyNeedNoBuiltPackages() {
        results.download(ResultSamples.build(), destination, DownloadOptions.builder().kinds(ResultKind.LOG).build());

        copr.verify(0, getRequestedFor(urlPathEqualTo("/api_3/build/built-packages/" + BUILD_ID)));
    }

    @Test
    void followsTheResultsHostsRedirectToPulpWithoutCredentials() throws IOException {
        String pulpPath = "/api/pulp-content/@copr/copr-dev/" + RAWHIDE + "/Packages/h/" + RPM;
        resultsHost.stubFor(get(resultPath(RAWHIDE) + RPM)
                .willReturn(aResponse().withStatus(301).withHeader("Location", pulp.baseUrl() + pulpPath)));
        pulp.stubFor(get(pulpPath).willReturn(aResponse().withBody("rpm from pulp")));

        results.download(ResultSamples.build(), destination,
                DownloadOptions.builder().chroots(RAWHIDE).kinds(ResultKind.BINARY_RPM).build());

        assertThat(Files.readString(destination.resolve(RAWHIDE).resolve(RPM))).isEqualTo("rpm from pulp");
        pulp.verify(getRequestedFor(urlEqualTo(pulpPath)).withHeader("Authorization", absent()));
        resultsHost.verify(getRequestedFor(urlEqualTo(resultPath(RAWHIDE) + RPM)).withHeader("Authorization", absent()));
    }

    @Test
    void skipsAFileAlreadyCompleteAndReplacesAnIncompleteOne() throws IOException {
        serve(resultPath(RAWHIDE) + RPM, "0123456789");
        serve(resultPath(RAWHIDE) + SRPM, "abcdefghij");
        Path directory = Files.createDirectories(destination.resolve(RAWHIDE));
        Files.writeString(directory.resolve(RPM), "9876543210");
        Files.writeString(directory.resolve(SRPM), "abc");

        List<DownloadedFile> files = results.download(ResultSamples.build(), destination, DownloadOptions.builder()
                .chroots(RAWHIDE).kinds(ResultKind.BINARY_RPM, ResultKind.SOURCE_RPM).build());

        assertThat(files).extracting(DownloadedFile::outcome)
                .containsExactly(DownloadOutcome.ALREADY_COMPLETE, DownloadOutcome.DOWNLOADED);
        assertThat(Files.readString(directory.resolve(RPM))).isEqualTo("9876543210");
        assertThat(Files.readString(directory.resolve(SRPM))).isEqualTo("abcdefghij");
    }

    @Test
    void reportsProgressAndEachFinishedFile() {
        byte[] rpm = new byte[300_000];
        serve(resultPath(RAWHIDE) + RPM, rpm);
        Map<String, Long> lastProgress = new ConcurrentHashMap<>();
        Map<String, DownloadOutcome> finished = new ConcurrentHashMap<>();
        DownloadProgressListener listener = new DownloadProgressListener() {
            @Override
            public void progress(ResultFile file, long bytes, long totalBytes) {
                assertThat(totalBytes).isEqualTo(rpm.length);
                lastProgress.merge(file.fileName(), bytes, Math::max);
            }

            @Override
            public void finished(DownloadedFile file) {
                finished.put(file.file().fileName(), file.outcome());
            }
        };

        results.download(ResultSamples.build(), destination, DownloadOptions.builder().chroots(RAWHIDE)
                .kinds(ResultKind.BINARY_RPM).parallelDownloads(1).listener(listener).build());

        assertThat(lastProgress).containsExactly(Map.entry(RPM, (long) rpm.length));
        assertThat(finished).containsExactly(Map.entry(RPM, DownloadOutcome.DOWNLOADED));
    }

    @Test
    void listsAChrootsRpmsFromResultsJson() {
        resultsHost.stubFor(get(resultPath(RAWHIDE) + "results.json").willReturn(okJson(ResultSamples.PACKAGES)));

        List<ResultFile> files = results.files(BUILD_ID, buildChroot(RAWHIDE, BuildState.SUCCEEDED, resultsHost.baseUrl()));

        assertThat(files).extracting(ResultFile::kind, ResultFile::fileName, file -> file.url().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ResultKind.BINARY_RPM, RPM,
                                resultsHost.baseUrl() + resultPath(RAWHIDE) + RPM),
                        org.assertj.core.groups.Tuple.tuple(ResultKind.SOURCE_RPM, SRPM,
                                resultsHost.baseUrl() + resultPath(RAWHIDE) + SRPM));
        assertThat(files.get(0).nevra().version()).isEqualTo("2.12");
        copr.verify(0, getRequestedFor(urlPathEqualTo("/api_3/build-chroot/built-packages")));
    }

    @Test
    void listsAChrootsRpmsFromTheApiWhenThereIsNoResultsJson() {
        copr.stubFor(get(urlPathEqualTo("/api_3/build-chroot/built-packages")).willReturn(okJson(ResultSamples.PACKAGES)));

        List<ResultFile> files = results.files(BUILD_ID, buildChroot(RAWHIDE, BuildState.SUCCEEDED, resultsHost.baseUrl()));

        assertThat(files).extracting(ResultFile::fileName).containsExactly(RPM, SRPM);
        copr.verify(getRequestedFor(urlEqualTo("/api_3/build-chroot/built-packages?build_id=" + BUILD_ID
                + "&chrootname=" + RAWHIDE)));
    }

    @Test
    void asksForTheRpmsOfADevelModePulpProjectUnderTheChrootsDevelDirectoryAsCoprCliDoes() throws IOException {
        ResultSamples.stubProject(copr, "pulp", true);
        String devel = "/results/@copr/copr-dev/" + RAWHIDE + "-devel/06789012-hello/";
        serve(devel + RPM, "rpm of the devel distribution");
        resultsHost.stubFor(get(resultPath(RAWHIDE) + "results.json").willReturn(okJson(ResultSamples.PACKAGES)));

        List<DownloadedFile> files = results.download(ResultSamples.build(), destination,
                DownloadOptions.builder().chroots(RAWHIDE).kinds(ResultKind.BINARY_RPM).build());
        List<ResultFile> listed = results.files(BUILD_ID, buildChroot(RAWHIDE, BuildState.SUCCEEDED,
                resultsHost.baseUrl()));

        assertThat(files).extracting(DownloadedFile::outcome).containsExactly(DownloadOutcome.DOWNLOADED);
        assertThat(destination.resolve(RAWHIDE).resolve(RPM)).hasContent("rpm of the devel distribution");
        resultsHost.verify(1, getRequestedFor(urlEqualTo(devel + RPM)));
        resultsHost.verify(0, getRequestedFor(urlEqualTo(resultPath(RAWHIDE) + RPM)));
        copr.verify(2, getRequestedFor(urlEqualTo("/api_3/project?ownername=%40copr&projectname=copr-dev")));
        assertThat(listed).extracting(file -> file.url().toString())
                .containsExactly(resultsHost.baseUrl() + devel + RPM, resultsHost.baseUrl() + devel + SRPM);
    }

    /** Serves a file as static file servers do, with its length. */
    private static void serve(String path, String body) {
        serve(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void serve(String path, byte[] body) {
        resultsHost.stubFor(get(path).willReturn(aResponse()
                .withHeader("Content-Length", String.valueOf(body.length)).withBody(body)));
    }
}
