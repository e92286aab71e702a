package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.Repo;
import dev.copr.client.monitor.MonitorField;
import dev.copr.client.monitor.MonitoredChroot;
import dev.copr.client.project.ForkMode;
import dev.copr.client.project.NewProjectOptions;
import dev.copr.client.project.ProjectOptions;
import dev.copr.client.project.Storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The results and Pulp hosts, as download code sees them over HTTP. */
class ResultsHostTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]+)\">");
    private static final String CHROOT = "fedora-42-x86_64";

    private final CoprStub copr = CoprStub.builder().user(CoprStubUser.named("admin").asAdmin()).start();
    private final CoprClient client = copr.client();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void projects() {
        client.projects().add("tester", "demo", List.of(CHROOT, "epel-9-x86_64"));
        copr.client(copr.user("admin")).projects().add("tester", "onpulp", List.of(CHROOT),
                NewProjectOptions.builder().storage(Storage.PULP).build());
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void resultUrlsAreOnTheResultsHostInCoprsLayout() {
        Build build = finishedBuild("demo");

        assertThat(copr.resultsUrl().getPort()).isNotIn(copr.url().getPort(), copr.pulpUrl().getPort());
        assertThat(client.buildChroots().get(build.id(), CHROOT).resultUrl())
                .isEqualTo(copr.resultsUrl() + "/results/tester/demo/fedora-42-x86_64/%08d-foo/".formatted(build.id()));
        assertThat(client.builds().getSourceChroot(build.id()).resultUrl())
                .isEqualTo(copr.resultsUrl() + "/results/tester/demo/srpm-builds/%08d".formatted(build.id()));
        assertThat(client.builds().get(build.id()).repoUrl()).isEqualTo(copr.resultsUrl() + "/results/tester/demo");
        MonitoredChroot monitored = client.monitor().monitor("tester", "demo",
                List.of(MonitorField.URL_BUILD_LOG, MonitorField.URL_BACKEND_LOG)).packages().get(0).chroots()
                .get(CHROOT);
        assertThat(monitored.urlBuildLog()).isEqualTo(resultUrl(build, CHROOT) + "builder-live.log.gz");
        assertThat(monitored.urlBackendLog()).isEqualTo(resultUrl(build, CHROOT) + "backend.log.gz");
    }

    @Test
    void succeededChrootServesExactlyTheFilesCoprsBackendWrites() throws Exception {
        Build build = finishedBuild("demo");

        for (String chroot : List.of(CHROOT, "epel-9-x86_64")) {
            List<String> listed = listing(resultUrl(build, chroot));
            assertThat(listed).containsExactly("backend.log.gz", "builder-live.log.gz", "foo-1.0-1.src.rpm",
                    "foo-1.0-1.x86_64.rpm", "foo.spec", "results.json", "success");
            for (String name : listed) {
                HttpResponse<byte[]> file = get(resultUrl(build, chroot) + name);
                assertThat(file.statusCode()).as(name).isEqualTo(200);
                assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(file.body().length);
            }
            assertThat(copr.resultFiles(build.id(), chroot)).extracting(ResultFile::name).containsExactlyElementsOf(listed);
        }
        assertThat(text(get(resultUrl(build, CHROOT) + "success"))).isEqualTo("done");
        assertThat(text(get(resultUrl(build, CHROOT) + "foo.spec"))).contains("Name:           foo\n");
    }

    @Test
    void resultsJsonHasTheNevrasOfTheBuiltPackagesAnswer() throws Exception {
        Build build = finishedBuild("demo");

        String json = text(get(resultUrl(build, CHROOT) + "results.json"));

        assertThat(json).startsWith("{\n    \"packages\": [\n        {\n            \"name\": \"foo\",");
        List<Map<String, Object>> nevras = new ArrayList<>();
        for (BuiltPackage built : client.buildChroots().getBuiltPackages(build.id(), CHROOT)) {
            nevras.add(Map.of("name", built.name(), "epoch", built.epoch(), "version", built.version(),
                    "release", built.release(), "arch", built.arch()));
        }
        assertThat(JSON.readValue(json, Map.class)).isEqualTo(Map.of("packages", nevras));
        assertThat(nevras).extracting(nevra -> nevra.get("arch")).containsExactly("x86_64", "src");
    }

    @Test
    void rpmsAreDeterministicGeneratedPackagesOfTheConfiguredSize() throws Exception {
        copr.rpmSize(1_000_000);
        Build build = finishedBuild("demo");
        String rpm = resultUrl(build, CHROOT) + "foo-1.0-1.x86_64.rpm";

        HttpResponse<byte[]> first = get(rpm);
        HttpResponse<byte[]> again = get(rpm);
        HttpResponse<byte[]> srpm = get(resultUrl(build, CHROOT) + "foo-1.0-1.src.rpm");

        assertThat(first.body()).hasSize(1_000_000).isEqualTo(again.body()).isNotEqualTo(srpm.body());
        assertThat(HexFormat.of().formatHex(first.body(), 0, 4)).isEqualTo("edabeedb");
        assertThat(first.body()[7]).isEqualTo((byte) 0);
        assertThat(srpm.body()[7]).isEqualTo((byte) 1);
        assertThat(new String(first.body(), 10, 9, StandardCharsets.US_ASCII)).isEqualTo("foo-1.0-1");
        assertThat(HexFormat.of().formatHex(first.body(), 96, 112)).as("signature header: one entry, 4 data bytes")
                .isEqualTo("8eade801" + "00000000" + "00000001" + "00000004");
        assertThat(HexFormat.of().formatHex(first.body(), 112, 128)).as("RPMSIGTAG_SIZE, INT32, offset 0, count 1")
                .isEqualTo("000003e8" + "00000004" + "00000000" + "00000001");
        assertThat(java.nio.ByteBuffer.wrap(first.body(), 128, 4).getInt()).as("the size after the signature")
                .isEqualTo(1_000_000 - 136);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/x-rpm");
        assertThat(sha256(first.body())).isEqualTo(file(build, CHROOT, "foo-1.0-1.x86_64.rpm").sha256());
    }

    @Test
    void failedChrootHasItsLogsEndingWithTheErrorAndNoSuccessMarker() throws Exception {
        copr.buildOutcome(BuildState.FAILED);
        Build build = finishedBuild("demo");

        assertThat(listing(resultUrl(build, CHROOT))).containsExactly("backend.log.gz", "builder-live.log.gz");
        assertThat(get(resultUrl(build, CHROOT) + "success").statusCode()).isEqualTo(404);
        assertThat(get(resultUrl(build, CHROOT) + "results.json").statusCode()).isEqualTo(404);
        List<String> builderLive = gunzip(get(resultUrl(build, CHROOT) + "builder-live.log.gz")).lines().toList();
        assertThat(builderLive).contains("error: Bad exit status from /var/tmp/rpm-tmp.bld%d (%%build)"
                .formatted(build.id()));
        assertThat(builderLive.get(builderLive.size() - 1)).isEqualTo("Copr build error: Build failed");
        List<String> backend = gunzip(get(resultUrl(build, CHROOT) + "backend.log.gz")).lines().toList();
        assertThat(backend).anyMatch(line -> line.endsWith("No success file => build failure"));
        assertThat(backend.get(backend.size() - 1)).contains("[ ERROR]").contains("Worker failed build");
    }

    @Test
    void chrootOutcomeFailsLaterBuildsInThatChrootOnly() throws Exception {
        copr.chrootOutcome("epel-9-x86_64", BuildState.FAILED);
        Build build = finishedBuild("demo");

        assertThat(copr.buildState(build.id())).isEqualTo(BuildState.FAILED);
        assertThat(listing(resultUrl(build, "epel-9-x86_64"))).containsExactly("backend.log.gz", "builder-live.log.gz");
        assertThat(listing(resultUrl(build, CHROOT))).contains("success", "foo-1.0-1.x86_64.rpm");
        copr.reset();
        projects();
        assertThat(copr.buildState(finishedBuild("demo").id())).isEqualTo(BuildState.SUCCEEDED);
    }

    @Test
    void failBuildFailsEveryChrootWhateverTheirOutcomes() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
        copr.chrootOutcome(build.id(), CHROOT, BuildState.SUCCEEDED);
        copr.advanceBuild(build.id());
        copr.advanceBuild(build.id());

        copr.failBuild(build.id());

        assertThat(client.buildChroots().getList(build.id()).items()).extracting(BuildChroot::state)
                .containsOnly(BuildState.FAILED);
    }

    @Test
    void gzippedLogsAreServedAsCoprsWebServerServesThem() throws Exception {
        Build build = finishedBuild("demo");

        HttpResponse<byte[]> log = get(resultUrl(build, CHROOT) + "builder-live.log.gz");

        assertThat(log.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(log.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        List<String> lines = gunzip(log).lines().toList();
        assertThat(lines.get(0)).startsWith("Running: /usr/bin/copr-rpmbuild").contains("--chroot " + CHROOT);
        assertThat(lines).contains("Wrote: /builddir/build/RPMS/foo-1.0-1.x86_64.rpm");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Finish: run");
        assertThat(get(resultUrl(build, CHROOT) + "builder-live.log.gz").body()).isEqualTo(log.body());
    }

    @Test
    void runningChrootServesGrowingLiveLogsToRangeRequests() throws Exception {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
        copr.advanceBuild(build.id());
        copr.advanceBuild(build.id());
        MonitoredChroot running = client.monitor().monitor("tester", "demo",
                List.of(MonitorField.URL_BUILD_LOG)).packages().get(0).chroots().get(CHROOT);
        assertThat(running.state()).isEqualTo(BuildState.RUNNING);
        String liveLog = running.urlBuildLog();
        assertThat(liveLog).isEqualTo(resultUrl(build, CHROOT) + "builder-live.log");

        HttpResponse<byte[]> start = get(liveLog);
        ByteArrayOutputStream followed = new ByteArrayOutputStream();
        followed.write(start.body());
        HttpResponse<byte[]> next = get(liveLog, "bytes=" + followed.size() + "-");
        int ranges = 0;
        while (next.statusCode() == 206) {
            long total = followed.size() + next.body().length;
            assertThat(next.headers().firstValue("Content-Range"))
                    .hasValue("bytes " + followed.size() + "-" + (total - 1) + "/" + total);
            followed.write(next.body());
            ranges++;
            next = get(liveLog, "bytes=" + followed.size() + "-");
        }

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(ranges).isGreaterThan(1);
        assertThat(next.statusCode()).isEqualTo(416);
        assertThat(next.headers().firstValue("Content-Range")).hasValue("bytes */" + followed.size());
        assertThat(get(resultUrl(build, CHROOT) + "builder-live.log.gz").statusCode()).isEqualTo(404);
        assertThat(get(resultUrl(build, CHROOT) + "success").statusCode()).isEqualTo(404);
        assertThat(get(resultUrl(build, CHROOT) + "backend.log").statusCode()).isEqualTo(200);
        copr.finishBuild(build.id());
        assertThat(get(liveLog).statusCode()).isEqualTo(404);
        assertThat(gunzip(get(liveLog + ".gz"))).startsWith(followed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rangesOfAnyFileAreServedAsAWebServerDoes() throws Exception {
        Build build = finishedBuild("demo");
        String rpm = resultUrl(build, CHROOT) + "foo-1.0-1.x86_64.rpm";
        byte[] whole = get(rpm).body();

        HttpResponse<byte[]> middle = get(rpm, "bytes=100-199");
        HttpResponse<byte[]> suffix = get(rpm, "bytes=-10");
        HttpResponse<byte[]> beyond = get(rpm, "bytes=" + whole.length + "-");

        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(whole, 100, 200));
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 10, whole.length));
        assertThat(suffix.headers().firstValue("Content-Range"))
                .hasValue("bytes " + (whole.length - 10) + "-" + (whole.length - 1) + "/" + whole.length);
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(get(rpm, "bytes=5-2").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> beyondGzip = get(resultUrl(build, CHROOT) + "backend.log.gz", "bytes=1000000-");
        assertThat(beyondGzip.statusCode()).isEqualTo(416);
        assertThat(beyondGzip.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void rangesBeyondTwoGibOfAHugeRpmAreServedWithoutTheBytesBefore() throws Exception {
        long size = 5L << 30;
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
        copr.rpmSize(build.id(), size);
        copr.finishBuild(build.id());

        HttpResponse<byte[]> tail = get(resultUrl(build, CHROOT) + "foo-1.0-1.x86_64.rpm", "bytes=" + (size - 100) + "-");

        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).hasSize(100);
        assertThat(tail.headers().firstValue("Content-Range"))
                .hasValue("bytes " + (size - 100) + "-" + (size - 1) + "/" + size);
        assertThat(file(build, CHROOT, "foo-1.0-1.x86_64.rpm").size()).isEqualTo(size);
    }

    @Test
    void headAnswersTheSizeWithoutTheBody() throws Exception {
        Build build = finishedBuild("demo");
        URI rpm = URI.create(resultUrl(build, CHROOT) + "foo-1.0-1.x86_64.rpm");

        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(rpm).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(CoprStub.DEFAULT_RPM_SIZE);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void sourceBuildDirectoryHasItsLogsSrpmAndResults() throws Exception {
        Build build = finishedBuild("demo");
        String resultUrl = client.builds().getSourceChroot(build.id()).resultUrl();

        HttpResponse<byte[]> withoutSlash = get(resultUrl);

        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(withoutSlash.headers().firstValue("Location")).hasValue(resultUrl + "/");
        assertThat(listing(resultUrl + "/")).containsExactly("backend.log.gz", "builder-live.log.gz",
                "foo-1.0-1.src.rpm", "foo.spec", "results.json", "success");
        @SuppressWarnings("unchecked")
        Map<String, Object> results = JSON.readValue(get(resultUrl + "/results.json").body(), Map.class);
        assertThat(results).containsOnlyKeys("name", "epoch", "version", "release", "architecture_specific_tags")
                .containsEntry("name", "foo").containsEntry("epoch", null).containsEntry("version", "1.0")
                .containsEntry("release", "1")
                .containsEntry("architecture_specific_tags", Map.of("epel-9", Map.of(), "fedora-42", Map.of()));
        assertThat(gunzip(get(resultUrl + "/builder-live.log.gz"))).contains("--srpm")
                .endsWith("Output: ['foo.spec', 'foo-1.0-1.src.rpm']\n");
    }

    @Test
    void pulpProjectsRpmsAreRedirectedToThePulpHost() throws Exception {
        Build build = finishedBuild("onpulp");
        String resultUrl = resultUrl(build, CHROOT);
        String pulpRpm = copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64/Packages/f/foo-1.0-1.x86_64.rpm";

        HttpResponse<byte[]> redirect = get(resultUrl + "foo-1.0-1.x86_64.rpm");
        HttpResponse<byte[]> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(resultUrl + "foo-1.0-1.x86_64.rpm")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(client.builds().get(build.id()).repoUrl()).isEqualTo(copr.pulpUrl() + "/tester/onpulp");
        assertThat(client.projects().get("tester", "onpulp").chrootRepos())
                .containsEntry(CHROOT, copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64/");
        assertThat(listing(resultUrl)).containsExactly("backend.log.gz", "builder-live.log.gz", "foo.spec",
                "results.json", "success");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue(pulpRpm);
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.uri().getPort()).isEqualTo(copr.pulpUrl().getPort());
        assertThat(sha256(followed.body())).isEqualTo(file(build, CHROOT, "foo-1.0-1.x86_64.rpm").sha256());
        assertThat(file(build, CHROOT, "foo-1.0-1.x86_64.rpm").url()).hasToString(pulpRpm);
        assertThat(get(copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64/Packages/f/foo-1.0-1.src.rpm").body())
                .hasSize((int) CoprStub.DEFAULT_RPM_SIZE);
        assertThat(copr.pulpRequests()).extracting(RecordedRequest::path).contains(
                "/tester/onpulp/fedora-42-x86_64/Packages/f/foo-1.0-1.x86_64.rpm");
    }

    @Test
    void develModePulpProjectsPublishNewRpmsInTheDevelDistributionUntilReposAreRegenerated() throws Exception {
        copr.client(copr.user("admin")).projects().add("tester", "develpulp", List.of(CHROOT),
                NewProjectOptions.builder().storage(Storage.PULP).develMode(true).build());
        Build build = finishedBuild("develpulp");
        String develResults = resultUrl(build, CHROOT).replace("/" + CHROOT + "/", "/" + CHROOT + "-devel/");
        String packages = copr.pulpUrl() + "/tester/develpulp/" + CHROOT;
        String develRpm = packages + "-devel/Packages/f/foo-1.0-1.x86_64.rpm";
        String publicRpm = packages + "/Packages/f/foo-1.0-1.x86_64.rpm";

        HttpResponse<byte[]> redirect = get(develResults + "foo-1.0-1.x86_64.rpm");
        HttpResponse<byte[]> devel = get(develRpm);
        int publicBefore = get(publicRpm).statusCode();
        client.projects().regenerateRepos("tester", "develpulp");
        HttpResponse<byte[]> publicAfter = get(publicRpm);

        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue(develRpm);
        assertThat(devel.statusCode()).isEqualTo(200);
        assertThat(sha256(devel.body())).isEqualTo(file(build, CHROOT, "foo-1.0-1.x86_64.rpm").sha256());
        assertThat(file(build, CHROOT, "foo-1.0-1.x86_64.rpm").url()).hasToString(develRpm);
        assertThat(publicBefore).isEqualTo(404);
        assertThat(publicAfter.statusCode()).isEqualTo(200);
        assertThat(publicAfter.body()).isEqualTo(devel.body());
        Build other = finishedBuild("onpulp");
        assertThat(get(copr.pulpUrl() + "/tester/onpulp/" + CHROOT + "-devel/Packages/f/foo-1.0-1.x86_64.rpm")
                .statusCode()).as("a project not in devel mode has no devel distribution").isEqualTo(404);
        assertThat(file(other, CHROOT, "foo-1.0-1.x86_64.rpm").url().getPath()).contains("/" + CHROOT + "/Packages/");
    }

    @Test
    void projectsAreOnTheStubsDefaultStorageUnlessAnAdminChoseOne() {
        try (CoprStub pulpByDefault = CoprStub.builder().defaultStorage(Storage.PULP).start()) {
            CoprClient user = pulpByDefault.client();
            user.projects().add("tester", "demo", List.of(CHROOT));

            assertThat(user.projects().get("tester", "demo").storage()).isEqualTo(Storage.PULP);
            assertThat(user.projects().get("tester", "demo").chrootRepos())
                    .containsEntry(CHROOT, pulpByDefault.pulpUrl() + "/tester/demo/fedora-42-x86_64/");
        }
        assertThat(client.projects().get("tester", "demo").storage()).isEqualTo(Storage.BACKEND);
    }

    @Test
    void pulpProjectsBuildConfigsPointAtThePulpHost() {
        copr.client(copr.user("admin")).projects().edit("tester", "onpulp",
                ProjectOptions.builder().develMode(true).additionalRepos("copr://tester/demo").build());

        assertThat(client.projectChroots().getBuildConfig("tester", "onpulp", CHROOT).repos())
                .extracting(Repo::baseurl).containsExactly(
                        copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64/",
                        copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64-devel/",
                        copr.resultsUrl() + "/results/tester/demo/fedora-42-x86_64/");
    }

    @Test
    void forkedChrootsServeTheirCopiedResults() throws Exception {
        finishedBuild("demo");
        client.projects().fork("tester", "demo", "tester", "fork", ForkMode.NEW_PROJECT);
        long forked = client.builds().getList("tester", "fork").items().get(0).id();
        String resultUrl = client.buildChroots().get(forked, CHROOT).resultUrl();

        assertThat(resultUrl).isEqualTo(copr.resultsUrl() + "/results/tester/fork/fedora-42-x86_64/%08d-foo/"
                .formatted(forked));
        assertThat(listing(resultUrl)).contains("success", "results.json", "foo-1.0-1.x86_64.rpm");
    }

    @Test
    void pulpProjectsSourceBuildStaysOnTheResultsHost() throws Exception {
        Build build = finishedBuild("onpulp");
        String srpm = client.builds().getSourceChroot(build.id()).resultUrl() + "/foo-1.0-1.src.rpm";

        assertThat(get(srpm).statusCode()).isEqualTo(200);
        assertThat(get(copr.pulpUrl() + "/tester/demo/fedora-42-x86_64/Packages/f/foo-1.0-1.x86_64.rpm")
                .statusCode()).isEqualTo(404);
        assertThat(get(copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64/Packages/g/foo-1.0-1.x86_64.rpm")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void nothingIsServedForChrootsThatDidNotStartOrEnd() throws Exception {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm",
                BuildOptions.builder().chroots(CHROOT).build());
        String directory = copr.resultsUrl() + "/results/tester/demo/fedora-42-x86_64/%08d-foo/".formatted(build.id());
        String source = copr.resultsUrl() + "/results/tester/demo/srpm-builds/%08d/".formatted(build.id());

        assertThat(get(directory).statusCode()).isEqualTo(404);
        copr.advanceBuild(build.id());
        assertThat(get(directory).statusCode()).isEqualTo(404);
        assertThat(get(source).statusCode()).isEqualTo(404);
        assertThat(copr.resultFiles(build.id(), CHROOT)).isEmpty();
        client.builds().cancel(build.id());
        assertThat(get(directory).statusCode()).isEqualTo(404);
        assertThat(listing(source)).containsExactly("backend.log.gz", "builder-live.log.gz");
    }

    @Test
    void canceledRunningChrootKeepsItsLogsOnly() throws Exception {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
        copr.advanceBuild(build.id());
        copr.advanceBuild(build.id());
        client.builds().cancel(build.id());

        assertThat(listing(resultUrl(build, CHROOT))).containsExactly("backend.log.gz", "builder-live.log.gz");
        assertThat(gunzip(get(resultUrl(build, CHROOT) + "backend.log.gz"))).contains("Build was canceled");
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        Build build = finishedBuild("demo");
        String results = copr.resultsUrl() + "/results/tester/demo/";

        assertThat(List.of(
                results + "fedora-42-x86_64/%08d-foo/nothing.txt".formatted(build.id()),
                results + "fedora-42-x86_64/%08d-bar/".formatted(build.id()),
                results + "fedora-42-x86_64/%08d-foo/".formatted(build.id() + 1),
                results + "fedora-42-x86_64/%d-foo/".formatted(build.id()),
                results + "fedora-41-x86_64/%08d-foo/".formatted(build.id()),
                results + "fedora-42-x86_64/%08d-foo/results.json/x".formatted(build.id()),
                copr.resultsUrl() + "/results/tester/other/fedora-42-x86_64/%08d-foo/".formatted(build.id()),
                copr.resultsUrl() + "/api_3/",
                copr.resultsUrl() + "/",
                copr.pulpUrl() + "/tester/onpulp/fedora-42-x86_64/Packages/f/nothing.rpm"))
                .allSatisfy(url -> assertThat(get(url).statusCode()).as(url).isEqualTo(404));
    }

    @Test
    void pathsThatTryToLeaveTheTreeAreRefused() throws Exception {
        Build build = finishedBuild("demo");
        String directory = "/results/tester/demo/fedora-42-x86_64/%08d-foo/".formatted(build.id());

        for (String path : List.of(directory + "../../../../../etc/passwd", directory + "%2e%2e/%2E%2E/success",
                directory + "..%2F..%2Fsuccess", directory + "%2E/success", directory + "x%5C..%5Csuccess",
                directory + "%00success")) {
            HttpResponse<byte[]> response = get(copr.resultsUrl() + path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(copr.resultsRequests()).extracting(RecordedRequest::path)
                .contains(directory + "%2e%2e/%2E%2E/success");
    }

    @Test
    void groupProjectsAreServedWithTheirOwnerEncodedOrNot() throws Exception {
        copr.addUser(CoprStubUser.named("alice").inGroups("copr"));
        CoprClient alice = copr.client(copr.user("alice"));
        alice.projects().add("@copr", "tools", List.of(CHROOT));
        Build build = alice.builds().createFromUrl("@copr", "tools", "https://example.com/foo-1.0-1.src.rpm");
        copr.finishBuild(build.id());
        String resultUrl = client.buildChroots().get(build.id(), CHROOT).resultUrl();

        assertThat(resultUrl).contains("/results/@copr/tools/");
        assertThat(get(resultUrl + "success").statusCode()).isEqualTo(200);
        assertThat(get(resultUrl.replace("@", "%40") + "success").statusCode()).isEqualTo(200);
    }

    @Test
    void credentialsSentToTheResultsHostAreRecorded() throws Exception {
        Build build = finishedBuild("demo");
        HttpRequest withCredentials = HttpRequest.newBuilder(URI.create(resultUrl(build, CHROOT) + "success"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "tester-login:tester-token".getBytes(StandardCharsets.UTF_8))).build();

        http.send(withCredentials, HttpResponse.BodyHandlers.discarding());
        get(resultUrl(build, CHROOT) + "results.json");

        assertThat(copr.resultsRequests()).extracting(RecordedRequest::user).containsExactly("tester", null);
        assertThat(copr.resultsRequests()).extracting(RecordedRequest::status).containsExactly(200, 200);
        assertThat(copr.resultsRequests()).extracting(RecordedRequest::userAgent).allMatch(agent -> agent != null
                && agent.startsWith("Java-http-client/"));
    }

    @Test
    void faultsMakeTheHostsMisbehaveForOneFile() throws Exception {
        Build build = finishedBuild("onpulp");
        String rpm = resultUrl(build, CHROOT) + "foo-1.0-1.x86_64.rpm";
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        copr.resultsFault("foo-1.0-1.x86_64.rpm", ResultsFault.TRUNCATED_BODY);
        assertThatThrownBy(() -> following.send(HttpRequest.newBuilder(URI.create(rpm)).build(),
                HttpResponse.BodyHandlers.ofByteArray())).isInstanceOf(IOException.class);
        copr.resultsFault("foo-1.0-1.x86_64.rpm", ResultsFault.OVERLONG_BODY);
        HttpResponse<byte[]> overlong = following.send(HttpRequest.newBuilder(URI.create(rpm)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(overlong.headers().firstValueAsLong("Content-Length")).hasValue(CoprStub.DEFAULT_RPM_SIZE / 2);
        assertThat(overlong.body()).hasSize((int) CoprStub.DEFAULT_RPM_SIZE / 2);
        copr.resultsFault("foo-1.0-1.x86_64.rpm", ResultsFault.STALL);
        HttpResponse<InputStream> stalled = following.send(HttpRequest.newBuilder(URI.create(rpm)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stalled.body()) {
            int half = (int) CoprStub.DEFAULT_RPM_SIZE / 2;
            assertThat(body.readNBytes(half)).hasSize(half);
            // What HttpRequest.timeout covers differs between JDKs: time the stalled read itself
            CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> readOne(body));
            assertThatThrownBy(() -> next.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        }
        copr.resultsFault("success", ResultsFault.REDIRECT_LOOP);
        HttpResponse<byte[]> loop = get(resultUrl(build, CHROOT) + "success");
        assertThat(loop.statusCode()).isEqualTo(301);
        assertThat(loop.headers().firstValue("Location")).hasValue(resultUrl(build, CHROOT) + "success");
        copr.clearResultsFaults();
        assertThat(following.send(HttpRequest.newBuilder(URI.create(rpm)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body()).hasSize((int) CoprStub.DEFAULT_RPM_SIZE);
    }

    private static int readOne(InputStream body) {
        try {
            return body.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Build finishedBuild(String project) {
        Build build = client.builds().createFromUrl("tester", project, "https://example.com/foo-1.0-1.src.rpm");
        copr.finishBuild(build.id());
        return build;
    }

    private String resultUrl(Build build, String chroot) {
        BuildChroot buildChroot = client.buildChroots().get(build.id(), chroot);
        return buildChroot.resultUrl();
    }

    private ResultFile file(Build build, String chroot, String name) {
        return copr.resultFiles(build.id(), chroot).stream().filter(file -> file.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The file names an autoindex page links to, without the parent directory. */
    private List<String> listing(String url) throws Exception {
        HttpResponse<byte[]> page = get(url);
        assertThat(page.statusCode()).as(url).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html");
        List<String> names = new ArrayList<>();
        Matcher matcher = HREF.matcher(text(page));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names.remove(0)).isEqualTo("../");
        return names;
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String url, String range) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Range", range).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String gunzip(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
