package dev.copr.contract;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildFilter;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.DependencyBuilds;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootConfig;
import dev.copr.client.chroot.ProjectChroot;
import dev.copr.client.chroot.ProjectChrootOptions;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprTimeoutException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.monitor.MonitoredPackage;
import dev.copr.client.page.Pagination;
import dev.copr.client.pkg.Package;
import dev.copr.client.pkg.PackageDetail;
import dev.copr.client.project.DesiredProject;
import dev.copr.client.project.NewProjectOptions;
import dev.copr.client.project.PermissionRequest;
import dev.copr.client.project.PermissionState;
import dev.copr.client.project.Project;
import dev.copr.client.project.ProjectChanges;
import dev.copr.client.project.ProjectConflictException;
import dev.copr.client.project.ProjectOptions;
import dev.copr.client.project.SettingChange;
import dev.copr.client.project.UserPermissions;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;
import dev.copr.client.webhook.WebhookSecret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The contract suite: every Copr API v3 call of the client, its error mapping, pagination and the
 * build watcher, written once and run against each {@link ContractTarget}. Every test works in
 * projects of its own, named after the test and the run, so a shared frontend needs no reset; the
 * API token renewal runs last, as it invalidates the second user's token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CoprContract {

    private static final String CHROOT = "fedora-rawhide-x86_64";
    private static final String OTHER_CHROOT = "fedora-42-x86_64";
    private static final List<String> CHROOTS = List.of(CHROOT, OTHER_CHROOT);
    private static final String SRPM_URL = "https://example.com/pkgs/hello-2.12-3.src.rpm";

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private ContractTarget target;
    private CoprClient jdoe;
    private CoprClient alice;
    private String jdoeName;
    private String aliceName;
    @TempDir
    private Path uploads;

    /** The target to run against, opened once for all tests of the class. */
    abstract ContractTarget openTarget();

    @BeforeAll
    void open() {
        target = openTarget();
        jdoe = target.client(target.jdoe());
        alice = target.client(target.alice());
        jdoeName = jdoe.authCheck().name();
        aliceName = alice.authCheck().name();
    }

    @AfterAll
    void close() {
        target.close();
    }

    // general calls

    @Test
    void apiHomeAuthCheckAndMockChrootsAnswer() {
        assertThat(jdoe.home().version()).isEqualTo(3);
        assertThat(jdoe.authCheck().extra()).as("fields the client does not know").isEmpty();
        assertThat(jdoeName).isNotEqualTo(aliceName);
        assertThat(jdoe.mockChroots().getList()).containsKeys(CHROOT, OTHER_CHROOT);
    }

    // projects

    @Test
    void projectIsAddedReadEditedListedAndDeleted() {
        String name = project("crud");
        Project added = jdoe.projects().add(jdoeName, name, CHROOTS,
                NewProjectOptions.builder().description("contract crud").instructions("dnf copr enable").build());
        Project edited = jdoe.projects().edit(jdoeName, name,
                ProjectOptions.builder().description("edited").chroots(CHROOT).build());

        assertThat(added.fullName()).isEqualTo(jdoeName + "/" + name);
        assertThat(added.extra()).as("fields the client does not know").isEmpty();
        assertThat(added.chrootRepos()).containsOnlyKeys(CHROOTS);
        assertThat(edited.description()).isEqualTo("edited");
        assertThat(edited.instructions()).isEqualTo("dnf copr enable");
        assertThat(jdoe.projects().get(jdoeName, name).chrootRepos()).containsOnlyKeys(CHROOT);
        assertThat(jdoe.projects().getList(jdoeName).stream()).extracting(Project::name).contains(name);
        assertThat(jdoe.projects().regenerateRepos(jdoeName, name).name()).isEqualTo(name);
        assertThat(jdoe.projects().delete(jdoeName, name).name()).isEqualTo(name);
        assertThatThrownBy(() -> jdoe.projects().get(jdoeName, name)).isInstanceOf(CoprNoResultException.class);
    }

    @Test
    void ensureCreatesThenLeavesThenEditsAProjectAndRefusesACreationOnlyChange() {
        String name = project("ensure");
        DesiredProject desired = DesiredProject.builder(CHROOTS).description("contract ensure").enableNet(true)
                .build();

        ProjectChanges created = jdoe.projects().ensure(jdoeName, name, desired);
        ProjectChanges unchanged = jdoe.projects().ensure(jdoeName, name, desired);
        ProjectChanges edited = jdoe.projects().ensure(jdoeName, name,
                DesiredProject.builder(CHROOT).description("contract ensure").enableNet(false).build());
        DesiredProject persistent = DesiredProject.builder(CHROOT).persistent(true).build();

        assertThat(created.created()).isTrue();
        assertThat(created.project()).isNotNull().satisfies(project -> {
            assertThat(project.chrootRepos()).containsOnlyKeys(CHROOTS);
            assertThat(project.enableNet()).isTrue();
        });
        assertThat(unchanged.differs()).isFalse();
        assertThat(edited.changes()).extracting(SettingChange::setting).containsExactly("chroots", "enableNet");
        assertThat(jdoe.projects().get(jdoeName, name)).satisfies(project -> {
            assertThat(project.chrootRepos()).containsOnlyKeys(CHROOT);
            assertThat(project.enableNet()).isFalse();
            assertThat(project.description()).isEqualTo("contract ensure");
        });
        assertThat(jdoe.projects().diff(jdoeName, name, persistent).conflicts())
                .containsExactly(new SettingChange("persistent", false, true));
        assertThatThrownBy(() -> jdoe.projects().ensure(jdoeName, name, persistent))
                .isInstanceOf(ProjectConflictException.class);
    }

    @Test
    void fullTextSearchFindsANewProjectOnlyAfterTheIndexIsRebuilt() {
        String name = project("search");
        String word = "zq" + run;
        jdoe.projects().add(jdoeName, name, CHROOTS, NewProjectOptions.builder().description("about " + word).build());

        assertThat(jdoe.projects().search(word).items()).isEmpty();
        assertThat(jdoe.projects().search(jdoeName + "/" + name).items()).extracting(Project::name)
                .containsExactly(name);
        assumeThat(target.canReindex()).as("the target can rebuild its search index").isTrue();
        target.reindex();
        assertThat(jdoe.projects().search(word).items()).extracting(Project::name).containsExactly(name);
    }

    @Test
    void projectChrootIsReadEditedAndItsBuildConfigServed() {
        String name = addProject("chroot");
        jdoe.projectChroots().edit(jdoeName, name, CHROOT,
                ProjectChrootOptions.builder().additionalPackages("gcc", "make").build());

        ProjectChroot chroot = jdoe.projectChroots().get(jdoeName, name, CHROOT);
        assertThat(chroot.additionalPackages()).containsExactly("gcc", "make");
        assertThat(chroot.extra()).as("fields the client does not know").isEmpty();
        assertThat(jdoe.projectChroots().getBuildConfig(jdoeName, name, CHROOT).additionalPackages())
                .containsExactly("gcc", "make");
    }

    @Test
    void anotherUserForksAProjectIntoTheirNamespace() {
        String name = addProject("forked");
        String fork = project("fork");

        Project forked = alice.projects().fork(jdoeName, name, aliceName, fork);

        assertThat(forked.fullName()).isEqualTo(aliceName + "/" + fork);
        assertThat(alice.projects().get(aliceName, fork).chrootRepos()).containsOnlyKeys(CHROOTS);
    }

    @Test
    void permissionsAreRequestedByOneUserAndGrantedByTheOwner() {
        String name = addProject("perms");

        assertThat(alice.projects().canBuildIn(aliceName, jdoeName, name)).isFalse();
        assertThat(alice.projects().requestPermissions(jdoeName, name, PermissionRequest.builder(true))).isTrue();
        assertThat(jdoe.projects().getPermissions(jdoeName, name).users().get(aliceName).builder())
                .isEqualTo(PermissionState.REQUEST);
        jdoe.projects().setPermissions(jdoeName, name,
                Map.of(aliceName, UserPermissions.builder(PermissionState.APPROVED)));

        assertThat(jdoe.projects().getPermissions(jdoeName, name).users().get(aliceName).builder())
                .isEqualTo(PermissionState.APPROVED);
        assertThat(alice.projects().canBuildIn(aliceName, jdoeName, name)).isTrue();
        assertThat(alice.builds().createFromUrl(jdoeName, name, SRPM_URL).submitter()).isEqualTo(aliceName);
    }

    @Test
    void webhookSecretIsGeneratedAnewEachTime() {
        String name = addProject("webhook");

        WebhookSecret first = jdoe.webhooks().generate(jdoeName, name);
        WebhookSecret second = jdoe.webhooks().generate(jdoeName, name);

        assertThat(first.fullName()).isEqualTo(jdoeName + "/" + name);
        assertThat(first.webhookSecret()).isNotBlank().isNotEqualTo(second.webhookSecret());
        assertThat(first.extra()).as("fields the client does not know").isEmpty();
    }

    // packages

    @Test
    void packagesOfEverySourceTypeAreStoredAsCoprStoresThem() {
        String name = addProject("packages");

        Package scm = jdoe.packages().add(jdoeName, name, "tool", ScmSource.builder("https://github.com/x/tool.git")
                .spec("tool.spec").build());
        Package pypi = jdoe.packages().add(jdoeName, name, "python-requests", PypiSource.of("requests"));
        Package gem = jdoe.packages().add(jdoeName, name, "rubygem-rake", RubygemsSource.of("rake"));
        Package custom = jdoe.packages().add(jdoeName, name, "gen", CustomSource.of("echo hi"));
        Package distgit = jdoe.packages().add(jdoeName, name, "cpio", DistgitSource.defaults());

        assertThat(scm.sourceDict()).containsEntry("clone_url", "https://github.com/x/tool.git")
                .containsEntry("spec", "tool.spec").containsEntry("type", "git");
        assertThat(pypi.sourceDict()).containsEntry("pypi_package_name", "requests")
                .containsEntry("python_versions", List.of());
        assertThat(gem.sourceDict()).containsEntry("gem_name", "rake");
        assertThat(custom.sourceDict()).containsEntry("script", "echo hi\n");
        assertThat(distgit.sourceDict()).containsEntry("clone_url", "https://src.fedoraproject.org/rpms/cpio");
        assertThat(List.of(scm, pypi, gem, custom, distgit)).extracting(Package::sourceType)
                .containsExactly("scm", "pypi", "rubygems", "custom", "distgit");
        assertThat(List.of(scm, pypi, gem, custom, distgit)).extracting(Package::extra).containsOnly(Map.of());
    }

    @Test
    void packageIsEditedResetBuiltAndDeleted() {
        String name = addProject("package");
        jdoe.packages().add(jdoeName, name, "python-requests", PypiSource.of("requests"));

        Package edited = jdoe.packages().edit(jdoeName, name, "python-requests",
                PypiSource.builder("requests").pythonVersions(3).build());
        Build build = jdoe.packages().build(jdoeName, name, "python-requests");
        Package reset = jdoe.packages().reset(jdoeName, name, "python-requests");
        assertCoprError(() -> jdoe.packages().delete(jdoeName, name, "python-requests"),
                CoprRequestException.class, 400, "Build(s) " + build.id() + " are still running.\n");
        jdoe.builds().cancel(build.id());

        assertThat(edited.sourceDict()).containsEntry("python_versions", List.of("3"));
        assertThat(build.sourcePackage().name()).isEqualTo("python-requests");
        assertThat(jdoe.packages().get(jdoeName, name, "python-requests").name()).isEqualTo("python-requests");
        assertThat(reset.sourceType()).isEqualTo("unset");
        assertThat(jdoe.packages().delete(jdoeName, name, "python-requests").name()).isEqualTo("python-requests");
        assertThatThrownBy(() -> jdoe.packages().get(jdoeName, name, "python-requests"))
                .isInstanceOf(CoprNoResultException.class);
    }

    // builds

    @Test
    void buildsOfEverySourceTypeAreSubmittedPending() throws IOException {
        String name = addProject("sources");
        Path srpm = Files.write(uploads.resolve("upload-1.0-1.src.rpm"), new byte[] {1, 2, 3});

        List<Build> builds = List.of(
                jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL),
                jdoe.builds().createFromFile(jdoeName, name, srpm),
                jdoe.builds().createFromScm(jdoeName, name, ScmSource.of("https://github.com/x/tool.git")),
                jdoe.builds().createFromPypi(jdoeName, name, PypiSource.of("requests")),
                jdoe.builds().createFromRubygems(jdoeName, name, RubygemsSource.of("rake")),
                jdoe.builds().createFromCustom(jdoeName, name, CustomSource.of("echo hi")),
                jdoe.builds().createFromDistgit(jdoeName, name, "cpio"));

        assertThat(builds).extracting(Build::state).containsOnly(BuildState.PENDING);
        assertThat(builds).extracting(Build::extra).containsOnly(Map.of());
        assertThat(builds).extracting(Build::chroots).containsOnly(List.of());
        assertThat(builds.get(1).sourcePackage().url()).endsWith("/upload-1.0-1.src.rpm");
        assertThat(jdoe.builds().getSourceBuildConfig(builds.get(3).id()).sourceDict())
                .containsEntry("python_versions", List.of("3"));
        assertThat(jdoe.builds().getList(jdoeName, name).stream()).extracting(Build::id)
                .containsExactlyInAnyOrderElementsOf(builds.stream().map(Build::id).toList());
    }

    @Test
    void buildOfSeveralUrlsAndItsChrootsAreServed() {
        String name = addProject("urls");

        List<Build> builds = jdoe.builds().createFromUrls(jdoeName, name,
                List.of(SRPM_URL, "https://example.com/pkgs/other-1.0-1.src.rpm"),
                BuildOptions.builder().chroots(CHROOT).build());
        long id = builds.get(0).id();

        assertThat(builds).hasSize(2).extracting(Build::chroots).containsOnly(List.of(CHROOT));
        assertThat(jdoe.builds().get(id).sourcePackage().url()).isEqualTo(SRPM_URL);
        assertThat(jdoe.buildChroots().getList(id).items()).extracting(BuildChroot::name).containsExactly(CHROOT);
        assertThat(jdoe.buildChroots().get(id, CHROOT).state()).isEqualTo(BuildState.WAITING);
        assertThat(jdoe.buildChroots().get(id, CHROOT).extra()).as("fields the client does not know").isEmpty();
        assertThat(jdoe.buildChroots().getBuildConfig(id, CHROOT).repos()).isNotEmpty();
        assertThat(jdoe.builds().checkBeforeBuild(jdoeName, name).message()).isNotBlank();
    }

    @Test
    void pendingBuildIsCanceledAndThenDeleted() {
        String name = addProject("cancel");
        Build first = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        Build second = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        Build third = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);

        assertThat(jdoe.builds().cancel(first.id()).state()).isEqualTo(BuildState.CANCELED);
        jdoe.builds().cancel(second.id());
        jdoe.builds().cancel(third.id());

        assertThat(jdoe.builds().delete(first.id()).id()).isEqualTo(first.id());
        assertThat(jdoe.builds().deleteList(List.of(second.id(), third.id())))
                .containsExactlyInAnyOrder(second.id(), third.id());
        assertThatThrownBy(() -> jdoe.builds().get(first.id())).isInstanceOf(CoprNoResultException.class);
    }

    @Test
    void finishedBuildServesItsPackagesSourceChrootAndMonitor() {
        String name = addProject("finished");

        Build build = endedBuild(name, true);

        Build finished = jdoe.builds().get(build.id());
        assertThat(finished.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(finished.sourcePackage().name()).isEqualTo("hello");
        assertThat(finished.sourcePackage().version()).isEqualTo("2.12-3");
        assertThat(jdoe.builds().getBuiltPackages(build.id()).chroots()).containsOnlyKeys(CHROOTS);
        assertThat(jdoe.buildChroots().getBuiltPackages(build.id(), CHROOT))
                .extracting(built -> built.name() + "-" + built.version() + "-" + built.release() + "." + built.arch())
                .contains("hello-2.12-3.x86_64");
        assertThat(jdoe.builds().getSourceChroot(build.id()).state()).isEqualTo(BuildState.SUCCEEDED);
        Package hello = jdoe.packages().get(jdoeName, name, "hello", PackageDetail.WITH_LATEST_BUILD,
                PackageDetail.WITH_LATEST_SUCCEEDED_BUILD);
        assertThat(hello.builds().latest()).extracting(Build::id).isEqualTo(build.id());
        assertThat(hello.builds().latestSucceeded()).extracting(Build::id).isEqualTo(build.id());
        assertThat(jdoe.builds().getList(jdoeName, name, BuildFilter.ofPackage("hello"), null).items()).extracting(Build::id)
                .containsExactly(build.id());
        assertThat(jdoe.builds().getList(jdoeName, name, BuildFilter.ofStatus(BuildState.SUCCEEDED), null).items()).extracting(Build::id)
                .containsExactly(build.id());
        assertThat(jdoe.builds().getList(jdoeName, name, BuildFilter.ofStatus(BuildState.FAILED), null).items()).isEmpty();
        assertThat(jdoe.monitor().monitor(jdoeName, name).packages()).singleElement().satisfies(
                (MonitoredPackage monitored) -> {
                    assertThat(monitored.name()).isEqualTo("hello");
                    assertThat(monitored.chroots().get(CHROOT).state()).isEqualTo(BuildState.SUCCEEDED);
                    assertThat(monitored.chroots().get(CHROOT).buildId()).isEqualTo(build.id());
                });
    }

    @Test
    void failedBuildEndsFailedInEveryChroot() {
        String name = addProject("failed");

        Build build = endedBuild(name, false);

        assertThat(jdoe.builds().get(build.id()).state()).isEqualTo(BuildState.FAILED);
        assertThat(jdoe.buildChroots().getList(build.id()).items()).extracting(BuildChroot::state)
                .containsOnly(BuildState.FAILED);
        assertThat(jdoe.buildChroots().getBuiltPackages(build.id(), CHROOT)).isEmpty();
    }

    @Test
    void rebuildOfWhatFailedBuildsTheBuiltSrpmInTheFailedChrootOnly() {
        assumeThat(target.canFinishBuilds()).as("the target can move builds on").isTrue();
        String name = addProject("rebuild");
        Build build = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().timeout(Duration.ofHours(10)).enableNet(true).build());
        target.finishBuild(build.id(), Set.of(OTHER_CHROOT));
        Build failed = jdoe.builds().get(build.id());

        Build rebuild = jdoe.builds().rebuildFailed(build.id()).orElseThrow();

        assertThat(failed.state()).isEqualTo(BuildState.FAILED);
        assertThat(failed.sourcePackage().url()).endsWith("/results/%s/%s/srpm-builds/%08d/hello-2.12-3.src.rpm"
                .formatted(jdoeName, name, build.id()));
        assertThat(rebuild.state()).isEqualTo(BuildState.PENDING);
        assertThat(rebuild.chroots()).containsExactly(OTHER_CHROOT);
        assertThat(rebuild.sourcePackage().url()).isEqualTo(failed.sourcePackage().url());
        assertThat(rebuild.extra()).as("fields the client does not know").isEmpty();
        BuildChrootConfig config = jdoe.buildChroots().getBuildConfig(rebuild.id(), OTHER_CHROOT);
        assertThat(config.timeout()).isEqualTo(Duration.ofHours(10));
        assertThat(config.enableNet()).isTrue();
        target.finishBuild(rebuild.id(), true);
        assertThat(jdoe.builds().get(rebuild.id()).state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(jdoe.builds().rebuildFailed(rebuild.id())).isEmpty();
    }

    @Test
    void rebuildInAChrootTheProjectNoLongerHasIsRefused() {
        String name = addProject("rebuild-dropped");
        Build build = endedBuild(name, false);
        jdoe.projects().edit(jdoeName, name, ProjectOptions.builder().chroots(CHROOT).build());

        assertCoprError(() -> jdoe.builds().rebuildFailed(build.id()), CoprRequestException.class, 400,
                "Bad request parameters: {'chroots': [\"'" + OTHER_CHROOT + "' is not a valid choice for this field.\"]}");
    }

    @Test
    void rebuildOfABuildThatHasNotEndedIsRefused() {
        String name = addProject("rebuild-pending");
        Build build = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);

        assertThatThrownBy(() -> jdoe.builds().rebuildFailed(build.id())).isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("build " + build.id() + " is pending:");
    }

    // the build watcher

    @Test
    void buildsInDependencyOrderWaitForTheirBatchEvenWhenItFails() {
        assumeThat(target.canFinishBuilds()).as("the target can move builds on").isTrue();
        String name = addProject("dependency-order");
        DependencyBuilds builds = jdoe.builds().inDependencyOrder(jdoeName, name)
                .options(BuildOptions.builder().chroots(CHROOT).build())
                .add("lib", options -> jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL, options))
                .add("app", options -> jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL, options), "lib")
                .add("tool", options -> jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL, options), "lib")
                .submit();
        long lib = builds.build("lib").id();
        long app = builds.build("app").id();
        long tool = builds.build("tool").id();

        assertThat(builds.layers()).containsExactly(List.of("lib"), List.of("app", "tool"));
        assertThat(target.pendingJob(lib)).isTrue();
        assertThat(target.pendingJob(app)).as("held back by the batch of lib").isFalse();
        assertThat(target.pendingJob(tool)).as("held back by the batch of lib").isFalse();
        assertThat(jdoe.builds().get(app).state()).isEqualTo(BuildState.PENDING);
        target.finishBuild(lib, false);

        assertThat(target.pendingJob(app)).as("Copr runs a batch after a failed one").isTrue();
        assertThat(target.pendingJob(tool)).isTrue();
    }

    @Test
    void finishedBatchCannotBeJoinedButBuiltAfter() {
        String name = addProject("finished-batch");
        Build unbatched = endedBuild(name, true);
        Build first = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        Build inBatch = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().afterBuildId(first.id()).build());
        target.finishBuild(first.id(), true);
        target.finishBuild(inBatch.id(), true);

        Build after = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().afterBuildId(inBatch.id()).build());

        assertThat(target.pendingJob(after.id())).as("the batch before has finished").isTrue();
        Throwable joining = catchThrowable(() -> jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().withBuildId(first.id()).build()));
        assertThat(joining).isInstanceOf(CoprRequestException.class);
        assertThat(((CoprException) joining).getCoprError()) // Copr's API does not tell batch ids
                .matches("Bad request parameters: \\{'with_build_id': \\['Batch \\d+ is already finished']}");
        assertCoprError(() -> jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().afterBuildId(unbatched.id()).build()), CoprRequestException.class, 400,
                "Bad request parameters: {'after_build_id': ['Build " + unbatched.id() + " is not yet in any batch,"
                        + " and new batch can not be created because the build has already finished']}");
    }

    @Test
    void anotherUserMayBuildAfterABatchButNotJoinIt() {
        String name = addProject("foreign-batch");
        String alices = project("alice-batch");
        alice.projects().add(aliceName, alices, CHROOTS);
        Build first = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        Build second = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().withBuildId(first.id()).build());

        Build after = alice.builds().createFromUrl(aliceName, alices, SRPM_URL,
                BuildOptions.builder().afterBuildId(second.id()).build());

        assertThat(after.state()).isEqualTo(BuildState.PENDING);
        Throwable joining = catchThrowable(() -> alice.builds().createFromUrl(aliceName, alices, SRPM_URL,
                BuildOptions.builder().withBuildId(first.id()).build()));
        assertThat(joining).isInstanceOf(CoprRequestException.class);
        assertThat(((CoprException) joining).getCoprError()).startsWith("Bad request parameters: {'with_build_id':")
                .contains("belongs to project " + jdoeName + "/" + name + ".  You are not allowed to build there,"
                        + " so you neither can edit the batch.");
    }

    @Test
    void watcherGivesUpOnABuildThatStaysPending() {
        String name = addProject("watch-pending");
        Build build = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);

        assertThatThrownBy(() -> jdoe.builds().watcher().interval(Duration.ofMillis(50))
                .timeout(Duration.ofMillis(300)).build().waitFor(build))
                .isInstanceOf(CoprTimeoutException.class);
        assertThat(jdoe.builds().get(build.id()).state()).isEqualTo(BuildState.PENDING);
    }

    @Test
    void watcherSeesAPendingBuildSucceed() {
        assumeThat(target.canFinishBuilds()).as("the target can move builds on").isTrue();
        String name = addProject("watch-success");
        Build build = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        AtomicBoolean finished = new AtomicBoolean();

        List<Build> ended = jdoe.builds().watcher().interval(Duration.ofMillis(50)).timeout(Duration.ofSeconds(60))
                .afterEachPoll(polled -> {
                    if (!finished.getAndSet(true)) {
                        assertThat(polled).extracting(Build::state).containsExactly(BuildState.PENDING);
                        target.finishBuild(build.id(), true);
                    }
                }).build().waitFor(build);

        assertThat(ended).extracting(Build::state).containsExactly(BuildState.SUCCEEDED);
    }

    // pagination

    @Test
    void streamReadsEveryPage() {
        String name = addProject("pages");
        List<String> names = IntStream.rangeClosed(1, 5).mapToObj(index -> "pkg" + index).toList();
        names.forEach(pkg -> jdoe.packages().add(jdoeName, name, pkg, CustomSource.of("echo " + pkg)));

        var firstPage = jdoe.packages().getList(jdoeName, name, Pagination.pagesOf(2));

        assertThat(firstPage.items()).hasSize(2);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(firstPage.stream()).extracting(Package::name).containsExactlyInAnyOrderElementsOf(names);
        assertThat(jdoe.builds().getList(jdoeName, name, Pagination.pagesOf(2)).stream()).isEmpty();
    }

    // error mapping

    @Test
    void unknownProjectAndBuildAre404() {
        assertCoprError(() -> jdoe.projects().get(jdoeName, project("nowhere")), CoprNoResultException.class, 404,
                "Project " + jdoeName + "/" + project("nowhere") + " does not exist.");
        assertCoprError(() -> jdoe.builds().get(Integer.MAX_VALUE), CoprNoResultException.class, 404,
                "Build " + Integer.MAX_VALUE + " does not exist.");
    }

    @Test
    void badTokenIsRefused() {
        CoprConfig bad = target.jdoe().toBuilder().credentials(target.jdoe().login(), "not-the-token").build();

        assertCoprError(() -> target.client(bad).projects().add(jdoeName, project("badtoken"), CHROOTS),
                CoprAuthException.class, 401, loginInvalid());
    }

    @Test
    void searchOfFewerThanThreeCharactersIsRefused() {
        assertCoprError(() -> jdoe.projects().search("ab"), CoprRequestException.class, 400,
                "Search string must have at least 3 characters");
    }

    @Test
    void buildInAChrootTheProjectDoesNotHaveIsRefused() {
        String name = addProject("build-chroot");

        assertCoprError(() -> jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL,
                BuildOptions.builder().chroots("epel-9-x86_64").build()), CoprRequestException.class, 400,
                "Bad request parameters: {'chroots': [\"'epel-9-x86_64' is not a valid choice for this field.\"]}");
    }

    @Test
    void duplicateProjectIsAFormError() {
        String name = addProject("duplicate");

        assertCoprError(() -> jdoe.projects().add(jdoeName, name, CHROOTS), CoprRequestException.class, 400,
                "name: You already have a project named '" + name + "'.");
    }

    @Test
    void duplicatePackageIsAConflict() {
        String name = addProject("duplicate-package");
        jdoe.packages().add(jdoeName, name, "gen", CustomSource.of("echo hi"));

        assertCoprError(() -> jdoe.packages().add(jdoeName, name, "gen", CustomSource.of("echo hi")),
                CoprRequestException.class, 409, "Package gen already exists in copr " + jdoeName + "/" + name + ".");
    }

    @Test
    void cancellingAnEndedBuildIsAConflict() {
        String name = addProject("cancel-ended");
        Build build = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        jdoe.builds().cancel(build.id());

        assertCoprError(() -> jdoe.builds().cancel(build.id()), CoprRequestException.class, 409,
                "Cannot cancel build " + build.id());
    }

    @Test
    void unknownChrootIsRefused() {
        String name = addProject("unknown-chroot");

        assertCoprError(() -> jdoe.projects().add(jdoeName, project("bad-chroot"), List.of("fedora-0-vax")),
                CoprRequestException.class, 400, "chroots: 'fedora-0-vax' is not a valid choice for this field.");
        assertCoprError(() -> jdoe.projectChroots().get(jdoeName, name, "epel-9-x86_64"),
                CoprNoResultException.class, 404,
                "Chroot name epel-9-x86_64 does not exist in Copr " + jdoeName + "/" + name + ".");
    }

    @Test
    void anotherUsersNamespaceIsForbidden() {
        String name = addProject("namespace");

        assertCoprError(() -> alice.projects().add(jdoeName, project("intruder"), CHROOTS),
                CoprAuthException.class, 403, "You were authorized as '" + aliceName
                        + "' user without permissions to access projects of user '" + jdoeName + "'");
        assertCoprError(() -> alice.builds().createFromUrl(jdoeName, name, SRPM_URL), CoprAuthException.class, 403,
                "User " + aliceName + " is not allowed to build in the copr: " + jdoeName + "/" + name);
        assertCoprError(() -> alice.projects().fork(jdoeName, name, jdoeName, project("fork-into")),
                CoprRequestException.class, 400, "owner: Not a valid choice.");
    }

    // the token, last: it invalidates the second user's token

    @Test
    @Order(Integer.MAX_VALUE)
    void apiTokenRenewalInvalidatesTheOldToken() {
        CoprConfig before = target.alice();

        var renewed = target.client(before).renewApiToken();

        assertThat(renewed.apiToken()).isNotEqualTo(before.token());
        assertThat(target.client(before.toBuilder().credentials(renewed.apiLogin(), renewed.apiToken()).build())
                .authCheck().name()).isEqualTo(aliceName);
        assertCoprError(() -> target.client(before).projects().add(aliceName, project("old-token"), CHROOTS),
                CoprAuthException.class, 401, loginInvalid());
    }

    /** A project name of this test run. */
    private String project(String test) {
        return "ct-" + test + "-" + run;
    }

    /** Adds a project of this run for the first user, in both chroots, and returns its name. */
    private String addProject(String test) {
        String name = project(test);
        jdoe.projects().add(jdoeName, name, CHROOTS);
        return name;
    }

    /** A build of {@link #SRPM_URL} in a project of the first user, moved on until it ended; skips where it cannot. */
    private Build endedBuild(String name, boolean succeed) {
        assumeThat(target.canFinishBuilds()).as("the target can move builds on").isTrue();
        Build build = jdoe.builds().createFromUrl(jdoeName, name, SRPM_URL);
        target.finishBuild(build.id(), succeed);
        return build;
    }

    /** Copr's answer to a bad or expired token, which names the frontend's API page. */
    private String loginInvalid() {
        return "Login invalid/expired. Please visit " + target.jdoe().url() + "/api to get or renew your API token.";
    }

    /** Asserts that {@code call} fails with Copr's answer: the exception type, HTTP status and Copr's error text. */
    private static void assertCoprError(ThrowingCallable call, Class<? extends CoprException> type, int status,
                                        String coprError) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        CoprException error = (CoprException) thrown;
        assertThat(error.getStatus()).as("HTTP status of %s", error.getMessage()).isEqualTo(status);
        assertThat(error.getCoprError()).isEqualTo(coprError);
    }
}
