package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprNoResultException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Pagination;
import dev.copr.client.pkg.Package;
import dev.copr.client.pkg.PackageDetail;
import dev.copr.client.pkg.PackageOptions;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;
import dev.copr.client.source.ScmType;
import dev.copr.client.source.SourceBuildMethod;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PackagesTest {

    private final CoprStub copr = CoprStub.builder().user(CoprStubUser.named("bob")).start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64", "epel-9-x86_64"));
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void everySourceTypeIsStoredAsCoprStoresIt() {
        Package scm = client.packages().add("tester", "demo", "copr-cli", ScmSource.builder("https://github.com/x/copr.git")
                .spec("copr-cli.spec").sourceBuildMethod(SourceBuildMethod.TITO).build());
        Package pypi = client.packages().add("tester", "demo", "python-requests", PypiSource.of("requests"));
        Package gem = client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));
        Package custom = client.packages().add("tester", "demo", "gen", CustomSource.builder("#!/bin/sh\necho hi")
                .builddeps(List.of("git", "make")).build());
        Package distgit = client.packages().add("tester", "demo", "cpio", DistgitSource.builder().committish("f41").build());

        assertThat(scm.sourceDict()).containsExactlyInAnyOrderEntriesOf(Map.of("type", "git",
                "clone_url", "https://github.com/x/copr.git", "subdirectory", "", "committish", "",
                "spec", "copr-cli.spec", "source_build_method", "tito"));
        assertThat(pypi.sourceDict()).containsEntry("spec_generator", "pyp2spec")
                .containsEntry("python_versions", List.of());
        assertThat(gem.sourceType()).isEqualTo("rubygems");
        assertThat(custom.sourceDict()).containsEntry("script", "#!/bin/sh\necho hi\n")
                .containsEntry("builddeps", "git make").containsEntry("chroot", "fedora-latest-x86_64");
        assertThat(distgit.sourceDict()).containsEntry("clone_url", "https://src.fedoraproject.org/rpms/cpio")
                .containsEntry("distgit", "fedora").containsEntry("committish", "f41");
    }

    @Test
    void duplicateIsA409AndMissingIsA404() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));

        assertThatThrownBy(() -> client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake")))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(409);
                    assertThat(e.getCoprError()).isEqualTo("Package rubygem-rake already exists in copr tester/demo.");
                });
        assertThatThrownBy(() -> client.packages().get("tester", "demo", "nothing"))
                .isInstanceOfSatisfying(CoprNoResultException.class,
                        e -> assertThat(e.getCoprError()).isEqualTo("No package with name nothing in copr demo"));
    }

    @Test
    void invalidSourceFieldsAreFormErrors() {
        assertThatThrownBy(() -> client.packages().add("tester", "demo", "x", ScmSource.builder("not a url")
                .spec("x.txt").build()))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("clone_url: Invalid URL.\nspec: RPM spec file must end with .spec"));
    }

    @Test
    void editKeepsStoredFieldsButScmTypeFallsBackToGit() {
        client.packages().add("tester", "demo", "svn-pkg", ScmSource.builder("https://svn.example.com/repo")
                .scmType(ScmType.SVN).subdirectory("trunk").build(), PackageOptions.builder().webhookRebuild(true).build());

        Package edited = client.packages().edit("tester", "demo", "svn-pkg",
                ScmSource.of("https://svn.example.com/other"), PackageOptions.builder().maxBuilds(5).build());

        assertThat(edited.sourceDict()).containsEntry("clone_url", "https://svn.example.com/other")
                .containsEntry("subdirectory", "trunk").containsEntry("type", "git");
        assertThat(edited.autoRebuild()).isTrue();
    }

    @Test
    void editWithoutSourceKeepsTheType() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));

        Package edited = client.packages().edit("tester", "demo", "rubygem-rake", null,
                PackageOptions.builder().webhookRebuild(true).timeout(Duration.ofHours(2)).build());

        assertThat(edited.sourceType()).isEqualTo("rubygems");
        assertThat(edited.autoRebuild()).isTrue();
    }

    @Test
    void latestBuildsAreFilledOnlyWhenAsked() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));
        Build first = client.packages().build("tester", "demo", "rubygem-rake");
        copr.finishBuild(first.id());
        Build second = client.packages().build("tester", "demo", "rubygem-rake", BuildOptions.builder().chroots("epel-*").build());

        Package bare = client.packages().get("tester", "demo", "rubygem-rake");
        Package full = client.packages().get("tester", "demo", "rubygem-rake", PackageDetail.WITH_LATEST_BUILD,
                PackageDetail.WITH_LATEST_SUCCEEDED_BUILD);

        assertThat(bare.builds().latest()).isNull();
        assertThat(full.builds().latest().id()).isEqualTo(second.id());
        assertThat(full.builds().latest().chroots()).containsExactly("epel-9-x86_64");
        assertThat(full.builds().latestSucceeded().id()).isEqualTo(first.id());
        assertThat(client.packages().getList("tester", "demo", null, PackageDetail.WITH_LATEST_BUILD).items().get(0).builds().latest().id())
                .isEqualTo(second.id());
    }

    @Test
    void listIsPaginated() {
        for (String gem : List.of("a", "b", "c")) {
            client.packages().add("tester", "demo", "rubygem-" + gem, RubygemsSource.of(gem));
        }

        assertThat(client.packages().getList("tester", "demo", Pagination.builder().limit(2).order("name").orderType(OrderType.DESC).build()).stream().map(Package::name)).containsExactly("rubygem-c", "rubygem-b", "rubygem-a");
    }

    @Test
    void buildUsesThePackageChrootsWithoutTheDenylisted() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"),
                PackageOptions.builder().chrootDenylist(List.of("epel-*")).build());

        Build build = client.packages().build("tester", "demo", "rubygem-rake");

        assertThat(build.state()).isEqualTo(BuildState.PENDING);
        assertThat(build.chroots()).containsExactly("fedora-rawhide-x86_64");
        assertThat(build.sourcePackage().name()).isEqualTo("rubygem-rake");
    }

    @Test
    void resetPackageCannotBeBuilt() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));

        Package reset = client.packages().reset("tester", "demo", "rubygem-rake");

        assertThat(reset.sourceType()).isEqualTo("unset");
        assertThat(reset.sourceDict()).isEmpty();
        assertThatThrownBy(() -> client.packages().build("tester", "demo", "rubygem-rake"))
                .isInstanceOfSatisfying(CoprRequestException.class,
                        e -> assertThat(e.getCoprError()).contains("doesn't have the default source method set"));
    }

    @Test
    void deleteRemovesThePackageAndItsBuilds() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));
        client.packages().build("tester", "demo", "rubygem-rake");
        copr.finishAllBuilds();

        assertThat(client.packages().delete("tester", "demo", "rubygem-rake").name()).isEqualTo("rubygem-rake");
        assertThat(copr.buildIds()).isEmpty();
        assertThat(client.packages().getList("tester", "demo").items()).isEmpty();
    }

    @Test
    void deleteIsRefusedWhileABuildOfThePackageRuns() {
        client.packages().add("tester", "demo", "rubygem-rake", RubygemsSource.of("rake"));
        long running = client.packages().build("tester", "demo", "rubygem-rake").id();

        assertThatThrownBy(() -> client.packages().delete("tester", "demo", "rubygem-rake"))
                .isInstanceOfSatisfying(CoprRequestException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(400);
                    assertThat(e.getCoprError()).isEqualTo("Build(s) " + running + " are still running.\n");
                });
        assertThat(copr.buildIds()).containsExactly(running);
    }

    @Test
    void onlyEditorsMayAddPackages() {
        CoprClient bob = copr.client(copr.user("bob"));

        assertThatThrownBy(() -> bob.packages().add("tester", "demo", "x", RubygemsSource.of("x")))
                .isInstanceOfSatisfying(CoprAuthException.class, e -> assertThat(e.getCoprError())
                        .isEqualTo("You are not allowed to add or edit packages in this copr."));
    }
}
