package dev.copr.test;

import static dev.copr.test.assertj.CoprStubAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootConfig;
import dev.copr.client.chroot.ProjectChroot;
import dev.copr.client.chroot.ProjectChrootBuildConfig;
import dev.copr.client.chroot.ProjectChrootOptions;
import dev.copr.client.chroot.Repo;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.NewProjectOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChrootsTest {

    private final CoprStub copr = CoprStub.builder()
            .mockChroots("fedora-rawhide-x86_64", "fedora-42-x86_64")
            .mockChroot("epel-9-x86_64", "Built against RHEL 9")
            .start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "base", List.of("epel-9-x86_64"));
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "fedora-42-x86_64", "epel-9-x86_64"),
                NewProjectOptions.builder().additionalRepos(List.of("copr://tester/base")).build());
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void mockChrootsAreListedInOrderWithTheirComments() {
        assertThat(client.mockChroots().getList()).containsExactly(
                Map.entry("fedora-rawhide-x86_64", ""), Map.entry("fedora-42-x86_64", ""),
                Map.entry("epel-9-x86_64", "Built against RHEL 9"));
    }

    @Test
    void projectChrootStartsWithCoprsDefaults() {
        ProjectChroot chroot = client.projectChroots().get("tester", "demo", "fedora-42-x86_64");

        assertThat(chroot.mockChroot()).isEqualTo("fedora-42-x86_64");
        assertThat(chroot.additionalPackages()).isEmpty();
        assertThat(chroot.isolation()).isEqualTo("unchanged");
        assertThat(chroot.compsName()).isNull();
        assertThatThrownBy(() -> client.projectChroots().get("tester", "demo", "fedora-7-x86_64"))
                .isInstanceOfSatisfying(CoprNoResultException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Chroot name fedora-7-x86_64 does not exist in Copr tester/demo."));
    }

    @Test
    void editChangesWhatIsSentAndTakesTheCompsFileName(@TempDir Path dir) throws Exception {
        Path comps = Files.writeString(dir.resolve("comps.xml"), "<comps/>");

        ProjectChroot edited = client.projectChroots().edit("tester", "demo", "fedora-42-x86_64",
                ProjectChrootOptions.builder().additionalPackages(List.of("make", "gcc"))
                        .additionalModules(List.of("nodejs:20", "!ruby:3.1"))
                        .isolation(Isolation.NSPAWN).comps(comps).build());

        assertThat(edited.additionalPackages()).containsExactly("make", "gcc");
        assertThat(edited.additionalModules()).containsExactly("nodejs:20", "!ruby:3.1");
        assertThat(edited.isolation()).isEqualTo("nspawn");
        assertThat(edited.compsName()).isEqualTo("comps.xml");
        assertThat(copr).receivedRequest("PUT", "/project-chroot/edit/tester/demo/fedora-42-x86_64")
                .hasUploaded("upload_comps", comps);
    }

    @Test
    void resetFieldsGoBackToDefaultsAndUnknownOnesAreRefused() {
        client.projectChroots().edit("tester", "demo", "fedora-42-x86_64",
                ProjectChrootOptions.builder().withOpts(List.of("tests")).build());

        assertThat(client.projectChroots().edit("tester", "demo", "fedora-42-x86_64",
                ProjectChrootOptions.builder().resetFields(List.of("with_opts")).build()).withOpts()).isEmpty();
        assertThatThrownBy(() -> client.projectChroots().edit("tester", "demo", "fedora-42-x86_64",
                ProjectChrootOptions.builder().resetFields(List.of("colour")).build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .startsWith("Trying to reset an invalid attribute: colour"));
    }

    @Test
    void badModuleIsAFormError() {
        assertThatThrownBy(() -> client.projectChroots().edit("tester", "demo", "fedora-42-x86_64",
                ProjectChrootOptions.builder().additionalModules(List.of("nodejs")).build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError()).isEqualTo(
                        "module_toggle: Module name 'nodejs' must consist of two parts separated with colon,"
                                + " e.g. module:stream"));
    }

    @Test
    void projectChrootBuildConfigListsTheRepositories() {
        client.projectChroots().edit("tester", "demo", "epel-9-x86_64",
                ProjectChrootOptions.builder().additionalRepos(List.of("https://example.com/$chroot/")).build());

        ProjectChrootBuildConfig config = client.projectChroots().getBuildConfig("tester", "demo", "epel-9-x86_64");

        assertThat(config.repos()).extracting(Repo::id).containsExactly("copr_base", "copr_tester_base",
                "https_example_com_chroot");
        assertThat(config.repos()).extracting(Repo::baseurl).containsExactly(
                copr.resultsUrl() + "/results/tester/demo/epel-9-x86_64/", copr.resultsUrl() + "/results/tester/base/epel-9-x86_64/",
                "https://example.com/epel-9-x86_64/");
        assertThat(config.additionalRepos()).containsExactly("copr://tester/demo", "https://example.com/$chroot/",
                "copr://tester/base");
    }

    @Test
    void buildChrootsFollowTheBuild() {
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm",
                BuildOptions.builder().chroots("fedora-*").timeout(Duration.ofHours(1)).bootstrap(Bootstrap.ON).build());

        assertThat(client.buildChroots().get(build.id(), "fedora-42-x86_64").state()).isEqualTo(BuildState.WAITING);
        copr.finishBuild(build.id());
        BuildChroot chroot = client.buildChroots().get(build.id(), "fedora-42-x86_64");
        BuildChrootConfig config = client.buildChroots().getBuildConfig(build.id(), "fedora-42-x86_64");
        Page<BuildChroot> page = client.buildChroots().getList(build.id(), Pagination.pagesOf(1));

        assertThat(chroot.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(chroot.resultUrl()).isEqualTo(copr.resultsUrl() + "/results/tester/demo/fedora-42-x86_64/%08d-foo/"
                .formatted(build.id()));
        assertThat(config.timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(config.bootstrap()).isEqualTo("on");
        assertThat(page.stream().map(BuildChroot::name)).containsExactly("fedora-42-x86_64", "fedora-rawhide-x86_64");
        assertThat(client.buildChroots().getBuiltPackages(build.id(), "fedora-42-x86_64"))
                .extracting(built -> built.name() + "-" + built.version() + "-" + built.release() + "." + built.arch())
                .containsExactly("foo-1.0-1.x86_64", "foo-1.0-1.src");
        assertThatThrownBy(() -> client.buildChroots().get(build.id(), "epel-9-x86_64"))
                .isInstanceOfSatisfying(CoprNoResultException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("Build " + build.id() + " was not submitted to epel-9-x86_64 chroot."));
    }

    @Test
    void chrootBootstrapSettingReachesTheBuildConfig() {
        client.projectChroots().edit("tester", "demo", "epel-9-x86_64",
                ProjectChrootOptions.builder().bootstrapImage("quay.io/centos/centos:stream9").build());
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm",
                BuildOptions.builder().chroots("epel-9-x86_64").build());

        BuildChrootConfig config = client.buildChroots().getBuildConfig(build.id(), "epel-9-x86_64");

        assertThat(config.bootstrap()).isEqualTo(Bootstrap.CUSTOM_IMAGE.coprName());
        assertThat(config.bootstrapImage()).isEqualTo("quay.io/centos/centos:stream9");
    }
}
