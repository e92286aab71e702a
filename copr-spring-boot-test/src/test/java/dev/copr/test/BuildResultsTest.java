package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.project.ProjectOptions;
import dev.copr.client.project.Storage;
import dev.copr.client.result.ChrootLogs;
import dev.copr.client.result.ChrootVerdicts;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.DownloadOutcome;
import dev.copr.client.result.DownloadedFile;
import dev.copr.client.result.ResultKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client's {@code results()} against the stub's results and Pulp hosts: a build that succeeded
 * in one chroot and failed in the other, on both storage kinds.
 */
class BuildResultsTest {

    private static final String PASSED = "fedora-42-x86_64";
    private static final String FAILED = "epel-9-x86_64";
    private static final String RPM = "foo-1.0-1.x86_64.rpm";
    private static final String SRPM = "foo-1.0-1.src.rpm";

    @TempDir
    Path destination;

    @ParameterizedTest
    @EnumSource(value = Storage.class, names = {"BACKEND", "PULP"})
    void verdictsTellEachChrootsStateAndWhetherTheChosenOnesSucceeded(Storage storage) {
        try (CoprStub copr = stub(storage)) {
            Build build = endedBuild(copr);

            ChrootVerdicts verdicts = copr.client().results().verdicts(build);

            assertThat(build.state()).isEqualTo(BuildState.FAILED);
            assertThat(verdicts.states()).isEqualTo(Map.of(PASSED, BuildState.SUCCEEDED, FAILED, BuildState.FAILED));
            assertThat(verdicts.succeededIn(PASSED)).isTrue();
            assertThat(verdicts.succeededIn(PASSED, FAILED)).isFalse();
            assertThat(verdicts.failed()).extracting(BuildChroot::name).containsExactly(FAILED);
            assertThat(verdicts.ended()).isTrue();
            assertThat(copr.requests("GET", "/build-chroot/list")).singleElement()
                    .satisfies(request -> assertThat(request.queryParam("build_id")).isEqualTo(String.valueOf(build.id())));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Storage.class, names = {"BACKEND", "PULP"})
    void tailOfTheFailedChrootIsTheEndOfItsGzippedLiveLog(Storage storage) throws IOException {
        try (CoprStub copr = stub(storage)) {
            CoprClient client = copr.client();
            Build build = endedBuild(copr);
            BuildChroot failed = client.results().verdicts(build).failed().get(0);

            List<String> tail = client.results().tail(failed, 3);

            List<String> served = gunzip(served(copr, build, FAILED, "builder-live.log.gz")).lines().toList();
            assertThat(tail).containsExactlyElementsOf(served.subList(served.size() - 3, served.size()));
            assertThat(tail.get(2)).isEqualTo("Copr build error: Build failed");
            assertThat(client.results().readLog(ChrootLogs.of(failed).backendLog().orElseThrow()))
                    .contains("No success file => build failure").contains("Worker failed build");
            assertThat(copr.resultsRequests()).allSatisfy(request -> assertThat(request.user()).isNull());
        }
    }

    @Test
    void followReadsTheGrowingLiveLogByRangesUntilTheChrootEnds() throws IOException {
        try (CoprStub copr = stub(Storage.BACKEND)) {
            CoprClient client = copr.client();
            Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
            copr.chrootOutcome(build.id(), FAILED, BuildState.FAILED);
            copr.advanceBuild(build.id());
            copr.advanceBuild(build.id());
            assertThat(client.buildChroots().get(build.id(), FAILED).state()).isEqualTo(BuildState.RUNNING);
            List<String> followed = new ArrayList<>();

            client.results().follow(build.id(), FAILED, Duration.ofMillis(5), line -> {
                followed.add(line);
                if (line.startsWith("+ make ")) {
                    // the last line written while running: the chroot ends, the rest is in the .gz
                    copr.finishBuild(build.id());
                }
            });

            assertThat(followed).containsExactlyElementsOf(
                    gunzip(served(copr, build, FAILED, "builder-live.log.gz")).lines().toList());
            assertThat(copr.resultsRequests()).filteredOn(request -> request.path().endsWith("/builder-live.log"))
                    .extracting(RecordedRequest::status).contains(200, 206);
            assertThat(copr.resultsRequests()).allSatisfy(request -> assertThat(request.user()).isNull());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Storage.class, names = {"BACKEND", "PULP"})
    void filesAreTheRpmsOfTheChrootsResultsJson(Storage storage) {
        try (CoprStub copr = stub(storage)) {
            CoprClient client = copr.client();
            Build build = endedBuild(copr);
            ChrootVerdicts verdicts = client.results().verdicts(build);

            assertThat(client.results().files(build.id(), verdicts.find(PASSED).orElseThrow()))
                    .extracting(file -> file.fileName() + " " + file.kind() + " " + file.url())
                    .containsExactly(
                            RPM + " BINARY_RPM " + verdicts.find(PASSED).orElseThrow().resultUrl() + RPM,
                            SRPM + " SOURCE_RPM " + verdicts.find(PASSED).orElseThrow().resultUrl() + SRPM);
            assertThat(client.results().files(build.id(), verdicts.find(FAILED).orElseThrow())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Storage.class, names = {"BACKEND", "PULP"})
    void downloadOfRpmsWritesTheServedBytesUnderTheChrootAndSkipsThemTheSecondTime(Storage storage)
            throws Exception {
        try (CoprStub copr = stub(storage)) {
            CoprClient client = copr.client();
            Build build = endedBuild(copr);
            DownloadOptions rpms = DownloadOptions.builder().kinds(ResultKind.BINARY_RPM, ResultKind.SOURCE_RPM).build();

            List<DownloadedFile> first = client.results().download(build, destination, rpms);
            List<DownloadedFile> second = client.results().download(build, destination, rpms);

            assertThat(first).extracting(file -> destination.relativize(file.path()).toString() + " " + file.outcome())
                    .containsExactly(PASSED + "/" + RPM + " DOWNLOADED", PASSED + "/" + SRPM + " DOWNLOADED");
            for (String name : List.of(RPM, SRPM)) {
                Path file = destination.resolve(PASSED).resolve(name);
                assertThat(sha256(Files.readAllBytes(file))).as(name).isEqualTo(served(copr, build, PASSED, name).sha256());
            }
            assertThat(second).extracting(DownloadedFile::outcome)
                    .containsOnly(DownloadOutcome.ALREADY_COMPLETE).hasSize(2);
            assertThat(listed(destination)).containsExactlyInAnyOrder(PASSED + "/" + RPM, PASSED + "/" + SRPM);
            List<String> rpmPaths = (storage == Storage.PULP ? copr.pulpRequests() : copr.resultsRequests()).stream()
                    .map(RecordedRequest::path).filter(path -> path.endsWith(".rpm")).toList();
            assertThat(rpmPaths).hasSize(4).allMatch(path -> path.contains("/" + PASSED + "/"));
            if (storage == Storage.PULP) {
                assertThat(rpmPaths).allMatch(path -> path.contains("/Packages/f/"));
            }
            assertThat(Stream.concat(copr.resultsRequests().stream(), copr.pulpRequests().stream()))
                    .allSatisfy(request -> assertThat(request.user()).isNull());
        }
    }

    @Test
    void rpmsOfADevelModePulpProjectAreAskedForUnderTheChrootsDevelDirectoryAsCoprCliDoes() throws Exception {
        try (CoprStub copr = stub(Storage.PULP)) {
            CoprClient client = copr.client();
            client.projects().edit("tester", "demo", ProjectOptions.builder().develMode(true).build());
            Build build = endedBuild(copr);
            BuildChroot passed = client.results().verdicts(build).find(PASSED).orElseThrow();
            String develResults = passed.resultUrl().replace("/" + PASSED + "/", "/" + PASSED + "-devel/");
            copr.clearRequests();

            List<DownloadedFile> downloaded = client.results().download(build, destination,
                    DownloadOptions.builder().kinds(ResultKind.BINARY_RPM, ResultKind.SOURCE_RPM).build());
            List<ResultFile> files = copr.resultFiles(build.id(), PASSED);

            assertThat(downloaded).extracting(file -> file.file().url() + " " + file.outcome())
                    .containsExactly(develResults + RPM + " DOWNLOADED", develResults + SRPM + " DOWNLOADED");
            for (String name : List.of(RPM, SRPM)) {
                assertThat(sha256(Files.readAllBytes(destination.resolve(PASSED).resolve(name)))).as(name)
                        .isEqualTo(served(copr, build, PASSED, name).sha256());
            }
            assertThat(copr.requests("GET", "/project")).singleElement().satisfies(request -> {
                assertThat(request.queryParam("ownername")).isEqualTo("tester");
                assertThat(request.queryParam("projectname")).isEqualTo("demo");
            });
            assertThat(copr.pulpRequests()).extracting(RecordedRequest::path).containsExactlyInAnyOrder(
                    "/tester/demo/" + PASSED + "-devel/Packages/f/" + RPM,
                    "/tester/demo/" + PASSED + "-devel/Packages/f/" + SRPM);
            assertThat(client.results().files(build.id(), passed)).extracting(file -> file.url().toString())
                    .containsExactly(develResults + RPM, develResults + SRPM);
            assertThat(files).filteredOn(file -> file.name().endsWith(".rpm")).extracting(ResultFile::url)
                    .allMatch(url -> url.getPath().contains("/" + PASSED + "-devel/Packages/"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Storage.class, names = {"BACKEND", "PULP"})
    void downloadOfAChrootsLogsKeepsThemGzipped(Storage storage) throws Exception {
        try (CoprStub copr = stub(storage)) {
            Build build = endedBuild(copr);

            List<DownloadedFile> logs = copr.client().results().download(build, destination,
                    DownloadOptions.builder().chroots(FAILED).kinds(ResultKind.LOG).build());

            assertThat(logs).filteredOn(file -> file.outcome() == DownloadOutcome.DOWNLOADED)
                    .extracting(file -> file.file().fileName())
                    .containsExactlyInAnyOrder("builder-live.log.gz", "backend.log.gz");
            assertThat(logs).filteredOn(file -> file.outcome() == DownloadOutcome.NOT_FOUND)
                    .extracting(file -> file.file().fileName())
                    .containsExactlyInAnyOrder("root.log.gz", "build.log.gz", "state.log.gz", "hw_info.log.gz");
            byte[] log = Files.readAllBytes(destination.resolve(FAILED).resolve("builder-live.log.gz"));
            assertThat(HexFormat.of().formatHex(log, 0, 2)).isEqualTo("1f8b");
            assertThat(sha256(log)).isEqualTo(served(copr, build, FAILED, "builder-live.log.gz").sha256());
            assertThat(listed(destination)).containsExactlyInAnyOrder(FAILED + "/builder-live.log.gz",
                    FAILED + "/backend.log.gz");
        }
    }

    @Test
    void downloadOfEverythingFetchesTheSpecOfEachChrootThatHasOne() throws Exception {
        try (CoprStub copr = stub(Storage.BACKEND)) {
            Build build = endedBuild(copr);

            copr.client().results().download(build, destination);

            assertThat(listed(destination)).containsExactlyInAnyOrder(
                    PASSED + "/" + RPM, PASSED + "/" + SRPM, PASSED + "/foo.spec",
                    PASSED + "/builder-live.log.gz", PASSED + "/backend.log.gz",
                    FAILED + "/builder-live.log.gz", FAILED + "/backend.log.gz");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ResultsFault.class)
    void faultsOfTheHostsEndInACoprExceptionWithoutAPartialFile(ResultsFault fault) throws IOException {
        try (CoprStub copr = stub(Storage.PULP)) {
            Build build = endedBuild(copr);
            copr.resultsFault(RPM, fault);
            DownloadOptions options = DownloadOptions.builder().kinds(ResultKind.BINARY_RPM)
                    .fileTimeout(Duration.ofSeconds(1)).build();

            assertThatThrownBy(() -> copr.client().results().download(build, destination, options))
                    .isInstanceOf(switch (fault) {
                        case STALL -> CoprTimeoutException.class;
                        case TRUNCATED_BODY, OVERLONG_BODY, REDIRECT_LOOP -> CoprRequestException.class;
                    })
                    .isInstanceOf(CoprException.class)
                    .hasMessageContaining(RPM);
            assertThat(listed(destination)).isEmpty();
        }
    }

    private static CoprStub stub(Storage storage) {
        CoprStub copr = CoprStub.builder().defaultStorage(storage).start();
        copr.client().projects().add("tester", "demo", List.of(PASSED, FAILED));
        return copr;
    }

    /** A build that succeeded in {@link #PASSED} and failed in {@link #FAILED}, as Copr answers it now. */
    private static Build endedBuild(CoprStub copr) {
        CoprClient client = copr.client();
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
        copr.chrootOutcome(build.id(), FAILED, BuildState.FAILED);
        copr.finishBuild(build.id());
        return client.builds().get(build.id());
    }

    private static ResultFile served(CoprStub copr, Build build, String chroot, String name) {
        return copr.resultFiles(build.id(), chroot).stream().filter(file -> file.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static String gunzip(ResultFile file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        file.writeTo(bytes);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every file under the directory, as {@code <chroot>/<name>}: temporary ones too. */
    private static List<String> listed(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString()).toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
