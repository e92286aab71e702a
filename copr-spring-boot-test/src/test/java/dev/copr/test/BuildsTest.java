package dev.copr.test;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildFilter;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.SourceBuildConfig;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildsTest {

    private final CoprStub copr = CoprStub.builder().user(CoprStubUser.named("bob")).start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "fedora-42-x86_64", "epel-9-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void newBuildIsPendingWithCoprsFields() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");

        assertThat(build.state()).isEqualTo(BuildState.PENDING);
        assertThat(build.submitter()).isEqualTo("tester");
        assertThat(build.submittedOn()).isNotNull();
        assertThat(build.startedOn()).isNull();
        assertThat(build.chroots()).isEmpty();
        assertThat(build.projectDirname()).isEqualTo("demo");
        assertThat(build.repoUrl()).isEqualTo(copr.resultsUrl() + "/results/tester/demo");
        assertThat(build.sourcePackage().url()).isEqualTo("https://example.com/foo-1.0-1.src.rpm");
        assertThat(client.builds().get(build.id())).isEqualTo(build);
    }

    @Test
    void builtSourceReplacesTheSubmittedUrlAsTheSrpm() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");

        copr.finishBuild(build.id());

        assertThat(client.builds().get(build.id()).sourcePackage().url()).isEqualTo(
                copr.resultsUrl() + "/results/tester/demo/srpm-builds/%08d/foo-1.0-1.src.rpm".formatted(build.id()));
    }

    @Test
    void severalUrlsGiveOneBuildEach() {
        List<Build> builds = client.builds().createFromUrls("tester", "demo",
                List.of("https://example.com/a-1-1.src.rpm", "https://example.com/b.spec"), BuildOptions.none());

        assertThat(builds).hasSize(2);
        assertThat(builds.get(1).sourcePackage().url()).isNull();
    }

    @Test
    void chrootPatternsAndExclusionsSelectTheProjectChroots() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm",
                BuildOptions.builder().chroots("fedora-*").excludeChroots(List.of("fedora-42-*")).build());

        assertThat(build.chroots()).containsExactly("fedora-rawhide-x86_64");
    }

    @Test
    void badOptionsAreBadRequestParametersInPythonNotation() {
        assertThatThrownBy(() -> client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm",
                BuildOptions.builder().chroots("fedora-7-*").timeout(Duration.ofDays(5)).build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError()).isEqualTo(
                        "Bad request parameters: {'timeout': ['Number must be between 0 and 108000.'],"
                                + " 'chroots': [\"'fedora-7-*' is not a valid choice for this field.\"]}"));
    }

    @Test
    void urlThatIsNoSrpmIsRefused() {
        assertThatThrownBy(() -> client.builds().createFromUrl("tester", "demo", "https://example.com/readme.txt"))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .contains("URLs must end with .src.rpm, .nosrc.rpm, or .spec"));
    }

    @Test
    void uploadIsMeasuredAndNamedAfterTheFile(@TempDir Path dir) throws Exception {
        Path srpm = Files.write(dir.resolve("hello-2.12-1.src.rpm"), "not really an rpm".getBytes());

        Build build = client.builds().createFromFile("tester", "demo", srpm, BuildOptions.builder().chroots("epel-9-x86_64").build());

        assertThat(build.chroots()).containsExactly("epel-9-x86_64");
        assertThat(build.sourcePackage().url()).startsWith(copr.url() + "/tmp/").endsWith("/hello-2.12-1.src.rpm");
        assertThat(copr).receivedRequest("POST", "/build/create/upload")
                .isAuthenticatedAs("tester")
                .hasBodyField("ownername", "tester")
                .hasBodyField("chroots", List.of("epel-9-x86_64"))
                .hasUploaded("pkgs", srpm);
        copr.finishBuild(build.id());
        assertThat(client.builds().get(build.id()).sourcePackage().version()).isEqualTo("2.12-1");
    }

    @Test
    void aPypiBuildWithoutPythonVersionsGetsCoprsDefaultThree() {
        Build pypi = client.builds().createFromPypi("tester", "demo", PypiSource.of("requests"));

        assertThat(client.builds().getSourceBuildConfig(pypi.id()).sourceDict()).containsEntry("python_versions", List.of("3"));
    }

    @Test
    void everySourceTypeCanBeBuilt() {
        Build scm = client.builds().createFromScm("tester", "demo", ScmSource.of("https://github.com/x/tool.git"));
        Build pypi = client.builds().createFromPypi("tester", "demo", PypiSource.builder("requests")
                .pypiPackageVersion("2.32.0").build());
        Build gem = client.builds().createFromRubygems("tester", "demo", RubygemsSource.of("rake"));
        Build custom = client.builds().createFromCustom("tester", "demo", CustomSource.of("echo hi"));
        Build distgit = client.builds().createFromDistgit("tester", "demo", "cpio", DistgitSource.defaults());
        copr.finishAllBuilds();

        assertThat(List.of(scm, pypi, gem, custom, distgit)).extracting(build -> client.builds().get(build.id()))
                .extracting(build -> build.sourcePackage().name() + " " + build.sourcePackage().version())
                .containsExactly("tool 1.0-1", "python-requests 2.32.0-1", "rubygem-rake 1.0-1",
                        "custom-package 1.0-1", "cpio 1.0-1");
        SourceBuildConfig config = client.builds().getSourceBuildConfig(pypi.id());
        assertThat(config.sourceType()).isEqualTo("pypi");
        assertThat(config.sourceDict()).containsEntry("pypi_package_version", "2.32.0");
        assertThat(config.timeout()).isEqualTo(Duration.ofHours(5));
        assertThat(client.packages().get("tester", "demo", "cpio").sourceType()).isEqualTo("distgit");
    }

    @Test
    void checkBeforeBuildAnswersWhetherItWouldBeAccepted() {
        assertThat(client.builds().checkBeforeBuild("tester", "demo", BuildOptions.builder().chroots("epel-9-x86_64").build()).message())
                .isEqualTo("It should be safe to submit a build like this");
        assertThatThrownBy(() -> copr.client(copr.user("bob")).builds().checkBeforeBuild("tester", "demo"))
                .isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("User 'bob' is not allowed to build in 'tester/demo'"));
        assertThatThrownBy(() -> client.builds().checkBeforeBuild("tester", "demo",
                BuildOptions.builder().projectDirname("other:pr:1").build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Copr dirname must start with 'demo:' prefix"));
    }

    @Test
    void buildIntoAProjectDirectoryCreatesIt() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm",
                BuildOptions.builder().projectDirname("demo:pr:12").build());

        assertThat(build.projectDirname()).isEqualTo("demo:pr:12");
        assertThat(client.monitor().monitor("tester", "demo", "demo:pr:12").packages()).isEmpty();
    }

    @Test
    void cancelEndsAnUnfinishedBuildOnce() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm");

        assertThat(client.builds().cancel(build.id()).state()).isEqualTo(BuildState.CANCELED);
        assertThatThrownBy(() -> client.builds().cancel(build.id()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(409);
                    assertThat(e.getCoprError()).isEqualTo("Cannot cancel build " + build.id());
                });
    }

    @Test
    void deleteNeedsAFinishedBuild() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm");

        assertThatThrownBy(() -> client.builds().delete(build.id()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getStatus()).isEqualTo(500));
        copr.finishBuild(build.id());
        assertThat(client.builds().delete(build.id()).id()).isEqualTo(build.id());
        assertThatThrownBy(() -> client.builds().get(build.id()))
                .isInstanceOfSatisfying(CoprNoResultException.class,
                        e -> assertThat(e.getCoprError()).isEqualTo("Build " + build.id() + " does not exist."));
    }

    @Test
    void deleteListNamesWhatCannotBeDeleted() {
        Build done = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm");
        Build running = client.builds().createFromUrl("tester", "demo", "https://example.com/b-1-1.src.rpm");
        copr.finishBuild(done.id());

        assertThatThrownBy(() -> client.builds().deleteList(List.of(done.id(), running.id(), 999L)))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError()).isEqualTo(
                        "Build(s) " + running.id() + " are still running.\nBuild(s) 999 don't exist.\n"));
        assertThat(client.builds().deleteList(List.of(done.id()))).containsExactly(done.id());
    }

    @Test
    void listFiltersByPackageAndStateAndPaginates() {
        for (int i = 1; i <= 5; i++) {
            client.builds().createFromUrl("tester", "demo", "https://example.com/p" + (i % 2) + "-1-1.src.rpm");
        }
        copr.finishBuild(1);
        copr.finishBuild(2);
        copr.finishBuild(3);

        Page<Build> page = client.builds().getList("tester", "demo",
                Pagination.builder().limit(2).order("id").orderType(OrderType.DESC).build());

        assertThat(page.stream().map(Build::id)).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(client.builds().getList("tester", "demo", BuildFilter.ofPackage("p1"), Pagination.none()).items()).extracting(Build::id)
                .containsExactly(1L, 3L);
        assertThat(client.builds().getList("tester", "demo", BuildFilter.ofStatus(BuildState.SUCCEEDED), Pagination.pagesOf(2)).items())
                .extracting(Build::id).containsExactly(1L, 2L);
    }

    @Test
    void sourceChrootOfAPendingBuildIsCoprsBug500() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/a-1-1.src.rpm");

        assertThatThrownBy(() -> client.builds().getSourceChroot(build.id()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getStatus()).isEqualTo(500));
        copr.advanceBuild(build.id());
        assertThat(client.builds().getSourceChroot(build.id()).resultUrl())
                .isEqualTo(copr.resultsUrl() + "/results/tester/demo/srpm-builds/%08d".formatted(build.id()));
    }

    @Test
    void unknownProjectAndMissingArgumentsAreCoprsErrors() {
        assertThatThrownBy(() -> client.builds().createFromUrl("tester", "nothing", "https://e.com/a-1-1.src.rpm"))
                .isInstanceOfSatisfying(CoprNoResultException.class,
                        e -> assertThat(e.getCoprError()).isEqualTo("Project tester/nothing does not exist."));
    }
}
