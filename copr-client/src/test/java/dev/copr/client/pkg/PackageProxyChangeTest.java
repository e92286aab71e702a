package dev.copr.client.pkg;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PackageSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;
import dev.copr.client.source.ScmType;
import dev.copr.client.source.SourceType;
import dev.copr.client.source.SourceBuildMethod;
import dev.copr.client.source.SpecGenerator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PackageProxyChangeTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final PackageProxy packages = copr.client().packages();

    private static void stub(MappingBuilder request, String answer) {
        copr.stubFor(request.willReturn(okJson(answer)));
    }

    private static void verifyJson(RequestPatternBuilder request, String json) {
        copr.verify(request
                .withHeader("Authorization", equalTo(ApiSamples.BASIC_AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, false, false)));
    }

    @Test
    void addScmPackagePutsTheTypeInThePathAndSourceAndOptionsAtTopLevel() {
        stub(post(urlPathMatching("/api_3/package/add/.*")), ApiSamples.PACKAGE);

        Package pkg = packages.add("@copr", "copr-dev", "copr-cli",
                ScmSource.builder("https://github.com/fedora-copr/copr.git").subdirectory("cli").spec("copr-cli.spec")
                        .scmType(ScmType.GIT).sourceBuildMethod(SourceBuildMethod.TITO).build(),
                PackageOptions.builder().webhookRebuild(true).maxBuilds(10).timeout(Duration.ofHours(30))
                        .chrootDenylist(List.of("epel-*", "fedora-*-s390x")).build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/add/%40copr/copr-dev/copr-cli/scm")), """
                {"package_name": "copr-cli", "clone_url": "https://github.com/fedora-copr/copr.git",
                 "subdirectory": "cli", "spec": "copr-cli.spec", "scm_type": "git", "source_build_method": "tito",
                 "webhook_rebuild": true, "max_builds": 10, "timeout": 108000,
                 "chroot_denylist": "epel-*,fedora-*-s390x"}
                """);
        assertThat(pkg.name()).isEqualTo("copr-cli");
        assertThat(pkg.autoRebuild()).isTrue();
    }

    @Test
    void addPypiPackage() {
        stub(post(urlPathMatching("/api_3/package/add/.*")), ApiSamples.PACKAGE);

        packages.add("jdoe", "foo", "python-copr", PypiSource.builder("copr").specGenerator(SpecGenerator.PYP2SPEC)
                .pythonVersions(List.of(3)).build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/add/jdoe/foo/python-copr/pypi")), """
                {"package_name": "python-copr", "pypi_package_name": "copr", "spec_generator": "pyp2spec",
                 "python_versions": [3]}
                """);
    }

    @Test
    void addRubygemsPackage() {
        stub(post(urlPathMatching("/api_3/package/add/.*")), ApiSamples.PACKAGE);

        packages.add("jdoe", "foo", "rubygem-rails", RubygemsSource.of("rails"), PackageOptions.builder().build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/add/jdoe/foo/rubygem-rails/rubygems")),
                "{\"package_name\": \"rubygem-rails\", \"gem_name\": \"rails\"}");
    }

    @Test
    void addCustomPackageSendsTheServerFieldNames() {
        stub(post(urlPathMatching("/api_3/package/add/.*")), ApiSamples.PACKAGE);

        packages.add("jdoe", "foo", "foo", CustomSource.builder("#! /bin/sh -x\nmake srpm\n").chroot("fedora-latest-aarch64")
                .builddeps(List.of("make")).resultdir("results").repos(List.of("copr://jdoe/deps")).build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/add/jdoe/foo/foo/custom")), """
                {"package_name": "foo", "script": "#! /bin/sh -x\\nmake srpm\\n", "chroot": "fedora-latest-aarch64",
                 "builddeps": ["make"], "resultdir": "results", "repos": ["copr://jdoe/deps"]}
                """);
    }

    @Test
    void addDistgitPackageTakesItsNameFromTheCall() {
        stub(post(urlPathMatching("/api_3/package/add/.*")), ApiSamples.PACKAGE);

        packages.add("jdoe", "foo", "cpio", DistgitSource.builder().distgit("fedora").committish("f41").build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/add/jdoe/foo/cpio/distgit")), """
                {"package_name": "cpio", "distgit": "fedora", "committish": "f41"}
                """);
    }

    @Test
    void addPassesCoprsConflictThrough() {
        copr.stubFor(post(urlPathMatching("/api_3/package/add/.*")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Package cpio already exists in copr jdoe/foo.\"}")));

        assertThatThrownBy(() -> packages.add("jdoe", "foo", "cpio", DistgitSource.defaults()))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageEndingWith("Package cpio already exists in copr jdoe/foo.");
    }

    @Test
    void editWithASourceUsesItsTypeInThePath() {
        stub(post(urlPathMatching("/api_3/package/edit/.*")), ApiSamples.PACKAGE);

        packages.edit("jdoe", "foo", "bar", ScmSource.builder("https://svn.example.org/bar").scmType(ScmType.SVN).build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/edit/jdoe/foo/bar/scm")), """
                {"package_name": "bar", "clone_url": "https://svn.example.org/bar", "scm_type": "svn"}
                """);
    }

    @Test
    void editWithoutASourceUsesTheRouteThatKeepsTheStoredType() {
        stub(post(urlPathMatching("/api_3/package/edit/.*")), ApiSamples.PACKAGE);

        Package pkg = packages.edit("@copr", "copr-dev", "copr-cli",
                PackageOptions.builder().webhookRebuild(false).build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/edit/%40copr/copr-dev/copr-cli/")), """
                {"package_name": "copr-cli", "webhook_rebuild": false}
                """);
        assertThat(pkg.id()).isEqualTo(56);
    }

    @Test
    void editWithOnlyASourceTypeSwitchesTheTypeAndSendsNoSourceField() {
        stub(post(urlPathMatching("/api_3/package/edit/.*")), ApiSamples.PACKAGE);

        Package pkg = packages.edit("jdoe", "foo", "bar", SourceType.PYPI);

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/edit/jdoe/foo/bar/pypi")), """
                {"package_name": "bar"}
                """);
        assertThat(pkg.id()).isEqualTo(56);
    }

    @Test
    void editCanClearTheChrootDenylist() {
        stub(post(urlPathMatching("/api_3/package/edit/.*")), ApiSamples.PACKAGE);

        packages.edit("jdoe", "foo", "bar", PackageOptions.builder().chrootDenylist(List.of()).build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/edit/jdoe/foo/bar/")),
                "{\"package_name\": \"bar\", \"chroot_denylist\": \"\"}");
    }

    @Test
    void resetIsAPutNamingThePackage() {
        stub(put("/api_3/package/reset"), ApiSamples.PACKAGE.replace("\"scm\"", "\"unset\""));

        Package pkg = packages.reset("@copr", "copr-dev", "copr-cli");

        verifyJson(putRequestedFor(urlEqualTo("/api_3/package/reset")), """
                {"ownername": "@copr", "projectname": "copr-dev", "package_name": "copr-cli"}
                """);
        assertThat(pkg.sourceType()).isEqualTo("unset");
    }

    @Test
    void buildSendsThePackageAndBuildOptionsAndReturnsTheBuild() {
        stub(post("/api_3/package/build"), ApiSamples.build(777));

        Build build = packages.build("@copr", "copr-dev", "copr-cli",
                BuildOptions.builder().chroots("fedora-41-x86_64").afterBuildId(700).projectDirname("copr-dev:pr:5").build());

        verifyJson(postRequestedFor(urlEqualTo("/api_3/package/build")), """
                {"ownername": "@copr", "projectname": "copr-dev", "package_name": "copr-cli",
                 "chroots": ["fedora-41-x86_64"], "after_build_id": 700, "project_dirname": "copr-dev:pr:5"}
                """);
        assertThat(build.id()).isEqualTo(777);
    }

    @Test
    void buildPassesCoprsRefusalOfAPackageWithoutSourceThrough() {
        copr.stubFor(post("/api_3/package/build").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Package foo doesn't have the default source method set\"}")));

        assertThatThrownBy(() -> packages.build("jdoe", "foo", "foo"))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageEndingWith("Package foo doesn't have the default source method set");
    }

    @Test
    void deleteIsADeleteWithAJsonBody() {
        stub(delete("/api_3/package/delete"), ApiSamples.PACKAGE);

        Package pkg = packages.delete("@copr", "copr-dev", "copr-cli");

        verifyJson(deleteRequestedFor(urlEqualTo("/api_3/package/delete")), """
                {"ownername": "@copr", "projectname": "copr-dev", "package_name": "copr-cli"}
                """);
        assertThat(pkg.name()).isEqualTo("copr-cli");
    }

    @Test
    void changeCallsRefuseBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> packages.add("jdoe", "foo", "bar", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("source must not be null");
        assertThatThrownBy(() -> packages.add("jdoe", "foo", "a b", RubygemsSource.of("x")))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("packagename 'a b'");
        assertThatThrownBy(() -> packages.edit("jdoe", null, "bar", (PackageSource) null))
                .isInstanceOf(CoprValidationException.class).hasMessage("projectname must not be null");
        assertThatThrownBy(() -> packages.reset("jdoe", "foo", ""))
                .isInstanceOf(CoprValidationException.class).hasMessage("packagename must not be blank");
        assertThatThrownBy(() -> packages.build("jdoe/x", "foo", "bar"))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("ownername 'jdoe/x'");
        assertThatThrownBy(() -> packages.delete("jdoe", "foo", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("packagename must not be null");
        assertThatThrownBy(() -> PackageOptions.builder().maxBuilds(-1).build())
                .isInstanceOf(CoprValidationException.class).hasMessage("PackageOptions maxBuilds must not be negative, was -1");
        assertThatThrownBy(() -> PypiSource.of(" "))
                .isInstanceOf(CoprValidationException.class).hasMessage("pypiPackageName must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
