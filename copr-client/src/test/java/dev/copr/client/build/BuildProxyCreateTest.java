package dev.copr.client.build;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;
import dev.copr.client.source.ScmType;
import dev.copr.client.source.SourceBuildMethod;
import dev.copr.client.source.SpecGenerator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuildProxyCreateTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final BuildProxy builds = copr.client().builds();

    private static void verifyPost(String path, String json) {
        copr.verify(postRequestedFor(urlEqualTo("/api_3" + path))
                .withHeader("Authorization", equalTo(ApiSamples.BASIC_AUTH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json, false, false)));
    }

    @Test
    void createFromUrlsSendsTheUrlsAsPkgsWithOptionsAtTopLevel() {
        copr.stubFor(post("/api_3/build/create/url").willReturn(okJson(
                ApiSamples.list("{}", ApiSamples.build(101), ApiSamples.build(102)))));

        List<Build> created = builds.createFromUrls("@copr", "copr-dev",
                List.of("https://example.org/a-1.0-1.src.rpm", "https://example.org/b.spec"),
                BuildOptions.builder().chroots("fedora-41-x86_64").projectDirname("copr-dev:pr:7").build());

        verifyPost("/build/create/url", """
                {"ownername": "@copr", "projectname": "copr-dev",
                 "pkgs": ["https://example.org/a-1.0-1.src.rpm", "https://example.org/b.spec"],
                 "chroots": ["fedora-41-x86_64"], "project_dirname": "copr-dev:pr:7"}
                """);
        assertThat(created).extracting(Build::id).containsExactly(101L, 102L);
    }

    @Test
    void createFromUrlSendsOneUrlAndReturnsItsBuild() {
        copr.stubFor(post("/api_3/build/create/url").willReturn(okJson(ApiSamples.list("{}", ApiSamples.build(103)))));

        Build build = builds.createFromUrl("jdoe", "foo", "https://example.org/a-1.0-1.src.rpm");

        verifyPost("/build/create/url", """
                {"ownername": "jdoe", "projectname": "foo", "pkgs": ["https://example.org/a-1.0-1.src.rpm"]}
                """);
        assertThat(build.id()).isEqualTo(103);
        assertThat(build.chroots()).containsExactly("fedora-41-x86_64");
    }

    @Test
    void createFromUrlRefusesWhitespaceAsPythonCoprDoes() {
        assertThatThrownBy(() -> builds.createFromUrl("jdoe", "foo", "https://a/x.src.rpm https://b/y.src.rpm"))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageContaining("must be one URL without whitespace")
                .hasMessageContaining("createFromUrls");
        assertThatThrownBy(() -> builds.createFromUrls("jdoe", "foo", List.of("https://a/x.src.rpm\n")))
                .isInstanceOf(CoprValidationException.class);
        assertThatThrownBy(() -> builds.createFromUrls("jdoe", "foo", List.of()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("urls must name at least one SRPM or spec file URL");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void createFromScmSendsTheSourceFieldsInCoprNames() {
        copr.stubFor(post("/api_3/build/create/scm").willReturn(okJson(ApiSamples.build(104))));

        Build build = builds.createFromScm("@copr", "copr-dev",
                ScmSource.builder("https://github.com/fedora-copr/copr.git").committish("main").subdirectory("cli")
                        .spec("copr-cli.spec").scmType(ScmType.GIT)
                        .sourceBuildMethod(SourceBuildMethod.TITO_TEST).build(),
                BuildOptions.builder().timeout(Duration.ofMinutes(90)).background(true).build());

        verifyPost("/build/create/scm", """
                {"ownername": "@copr", "projectname": "copr-dev",
                 "clone_url": "https://github.com/fedora-copr/copr.git", "committish": "main",
                 "subdirectory": "cli", "spec": "copr-cli.spec", "scm_type": "git",
                 "source_build_method": "tito_test", "timeout": 5400, "background": true}
                """);
        assertThat(build.id()).isEqualTo(104);
    }

    @Test
    void createFromScmLeavesUnsetFieldsToCopr() {
        copr.stubFor(post("/api_3/build/create/scm").willReturn(okJson(ApiSamples.build(105))));

        builds.createFromScm("jdoe", "foo", ScmSource.builder("https://svn.example.org/foo").scmType(ScmType.SVN).build());

        verifyPost("/build/create/scm", """
                {"ownername": "jdoe", "projectname": "foo", "clone_url": "https://svn.example.org/foo", "scm_type": "svn"}
                """);
    }

    @Test
    void createFromScmPassesCoprsFormErrorsThrough() {
        copr.stubFor(post("/api_3/build/create/scm").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Bad request parameters: {'spec': ['RPM spec file must end with .spec']}\"}")));

        assertThatThrownBy(() -> builds.createFromScm("jdoe", "foo",
                ScmSource.builder("https://github.com/x/y.git").spec("y.txt").build()))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageEndingWith("Bad request parameters: {'spec': ['RPM spec file must end with .spec']}");
    }

    @Test
    void createFromDistgitNamesThePackageFromTheCall() {
        copr.stubFor(post("/api_3/build/create/distgit").willReturn(okJson(ApiSamples.build(106))));

        Build build = builds.createFromDistgit("@copr", "copr-dev", "copr-cli",
                DistgitSource.builder().distgit("copr").namespace("@copr/copr").committish("f41").build(),
                BuildOptions.builder().chroots("fedora-41-*").excludeChroots(List.of("fedora-41-s390x")).build());

        verifyPost("/build/create/distgit", """
                {"ownername": "@copr", "projectname": "copr-dev", "package_name": "copr-cli",
                 "distgit": "copr", "namespace": "@copr/copr", "committish": "f41",
                 "chroots": ["fedora-41-*"], "exclude_chroots": ["fedora-41-s390x"]}
                """);
        assertThat(build.id()).isEqualTo(106);
    }

    @Test
    void createFromDistgitWithDefaultsSendsOnlyThePackage() {
        copr.stubFor(post("/api_3/build/create/distgit").willReturn(okJson(ApiSamples.build(107))));

        builds.createFromDistgit("jdoe", "foo", "cpio", DistgitSource.defaults());

        verifyPost("/build/create/distgit", "{\"ownername\": \"jdoe\", \"projectname\": \"foo\", \"package_name\": \"cpio\"}");
    }

    @Test
    void createFromPypiSendsPythonVersionsOnlyWhenGiven() {
        copr.stubFor(post("/api_3/build/create/pypi").willReturn(okJson(ApiSamples.build(108))));

        builds.createFromPypi("jdoe", "foo", PypiSource.of("copr"));
        builds.createFromPypi("jdoe", "foo", PypiSource.builder("copr").pypiPackageVersion("1.128")
                .specGenerator(SpecGenerator.PYP2RPM).specTemplate("fedora").pythonVersions(List.of(3)).build(),
                BuildOptions.builder().enableNet(true).build());

        verifyPost("/build/create/pypi", """
                {"ownername": "jdoe", "projectname": "foo", "pypi_package_name": "copr"}
                """);
        verifyPost("/build/create/pypi", """
                {"ownername": "jdoe", "projectname": "foo", "pypi_package_name": "copr",
                 "pypi_package_version": "1.128", "spec_generator": "pyp2rpm", "spec_template": "fedora",
                 "python_versions": [3], "enable_net": true}
                """);
    }

    @Test
    void createFromRubygemsSendsTheGemName() {
        copr.stubFor(post("/api_3/build/create/rubygems").willReturn(okJson(ApiSamples.build(109))));

        Build build = builds.createFromRubygems("jdoe", "foo", RubygemsSource.of("rails"),
                BuildOptions.builder().bootstrap(Bootstrap.OFF).isolation(Isolation.SIMPLE).build());

        verifyPost("/build/create/rubygems", """
                {"ownername": "jdoe", "projectname": "foo", "gem_name": "rails", "bootstrap": "off", "isolation": "simple"}
                """);
        assertThat(build.id()).isEqualTo(109);
    }

    @Test
    void createFromCustomSendsTheServerNamesOfTheScriptFields() {
        copr.stubFor(post("/api_3/build/create/custom").willReturn(okJson(ApiSamples.build(110))));

        Build build = builds.createFromCustom("jdoe", "foo",
                CustomSource.builder("#! /bin/sh\ncurl -O https://example.org/foo.spec\n").chroot("fedora-rawhide-x86_64")
                        .builddeps(List.of("curl", "git")).resultdir("out")
                        .repos(List.of("https://example.org/repo/")).build(),
                BuildOptions.builder().withBuildId(99).build());

        verifyPost("/build/create/custom", """
                {"ownername": "jdoe", "projectname": "foo",
                 "script": "#! /bin/sh\\ncurl -O https://example.org/foo.spec\\n", "chroot": "fedora-rawhide-x86_64",
                 "builddeps": ["curl", "git"], "resultdir": "out", "repos": ["https://example.org/repo/"],
                 "with_build_id": 99}
                """);
        assertThat(build.id()).isEqualTo(110);
    }

    @Test
    void checkBeforeBuildSendsProjectAndOptionsAndReturnsCoprsMessage() {
        copr.stubFor(post("/api_3/build/check-before-build").willReturn(okJson(
                "{\"message\": \"It should be safe to submit a build like this\"}")));

        BuildCheck check = builds.checkBeforeBuild("jdoe", "foo",
                BuildOptions.builder().chroots("fedora-41-x86_64").projectDirname("foo:custom:x").build());

        verifyPost("/build/check-before-build", """
                {"ownername": "jdoe", "projectname": "foo", "chroots": ["fedora-41-x86_64"],
                 "project_dirname": "foo:custom:x"}
                """);
        assertThat(check.message()).isEqualTo("It should be safe to submit a build like this");
    }

    @Test
    void checkBeforeBuildPassesCoprsRefusalThrough() {
        copr.stubFor(post("/api_3/build/check-before-build").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Bad request parameters: {'chroots': [\\\"'fedora-1-x86_64' is not a valid choice\\\"]}\"}")));

        assertThatThrownBy(() -> builds.checkBeforeBuild("jdoe", "foo", BuildOptions.builder().chroots("fedora-1-x86_64").build()))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("'fedora-1-x86_64' is not a valid choice");
    }

    @Test
    void createCallsRefuseBadArgumentsBeforeAnyRequest() {
        assertThatThrownBy(() -> builds.createFromScm("jdoe", "foo", (ScmSource) null))
                .isInstanceOf(CoprValidationException.class).hasMessage("source must not be null");
        assertThatThrownBy(() -> builds.createFromPypi("jdoe/x", "foo", PypiSource.of("copr")))
                .isInstanceOf(CoprValidationException.class).hasMessageStartingWith("ownername 'jdoe/x'");
        assertThatThrownBy(() -> builds.createFromDistgit("jdoe", "foo", "", DistgitSource.defaults()))
                .isInstanceOf(CoprValidationException.class).hasMessage("packagename must not be blank");
        assertThatThrownBy(() -> builds.checkBeforeBuild(null, "foo"))
                .isInstanceOf(CoprValidationException.class).hasMessage("ownername must not be null");
        assertThatThrownBy(() -> ScmSource.of(" "))
                .isInstanceOf(CoprValidationException.class).hasMessage("cloneUrl must not be blank");
        assertThatThrownBy(() -> CustomSource.of(null))
                .isInstanceOf(CoprValidationException.class).hasMessage("script must not be null");
        assertThatThrownBy(() -> RubygemsSource.of(""))
                .isInstanceOf(CoprValidationException.class).hasMessage("gemName must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
