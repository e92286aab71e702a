package dev.copr.client.chroot;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Request;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ProjectChrootEditTest {

    private static final String EDIT_URL = "/api_3/project-chroot/edit/%40copr/copr-dev/fedora-rawhide-x86_64";
    private static final String BASIC_AUTH = "Basic "
            + Base64.getEncoder().encodeToString("login:token".getBytes(StandardCharsets.UTF_8));

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @TempDir
    Path dir;

    @BeforeEach
    void answerWithTheEditedChroot() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("""
                {"mock_chroot": "fedora-rawhide-x86_64", "projectname": "copr-dev", "ownername": "@copr",
                 "comps_name": "comps.xml", "additional_repos": [], "additional_packages": ["gcc", "make"],
                 "additional_modules": [], "with_opts": [], "without_opts": [], "delete_after_days": null,
                 "isolation": "nspawn"}
                """)));
    }

    private final ProjectChrootProxy chroots = copr.client().projectChroots();

    private static List<String> partNames(Request request) {
        return request.getParts().stream().map(Request.Part::getName).toList();
    }

    @Test
    void editSendsEverySettingInTheJsonPartAndTheCompsFile() throws IOException {
        Path comps = Files.writeString(dir.resolve("comps.xml"), "<comps><group/></comps>");
        ProjectChrootOptions settings = ProjectChrootOptions.builder()
                .additionalPackages(List.of("gcc", "make"))
                .additionalRepos(List.of("https://example.org/repo/", "copr://jdoe/deps"))
                .additionalModules(List.of("!aaa:devel", "blah:11"))
                .comps(comps)
                .deleteComps(false)
                .withOpts(List.of("tests"))
                .withoutOpts(List.of("docs"))
                .bootstrap(Bootstrap.OFF)
                .isolation(Isolation.NSPAWN)
                .resetFields(List.of("additional_packages")).build();

        ProjectChroot chroot = chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64", settings);

        copr.verify(putRequestedFor(urlEqualTo(EDIT_URL))
                .withHeader("Authorization", equalTo(BASIC_AUTH))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart().withName("json")
                        .withHeader("Content-Disposition", containing("filename=\"json\""))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withBody(equalToJson("""
                                {"additional_repos": ["https://example.org/repo/", "copr://jdoe/deps"],
                                 "additional_packages": ["gcc", "make"], "additional_modules": ["!aaa:devel", "blah:11"],
                                 "delete_comps": false, "with_opts": ["tests"], "without_opts": ["docs"],
                                 "bootstrap": "off", "isolation": "nspawn", "reset_fields": ["additional_packages"]}
                                """, false, false)).build())
                .withRequestBodyPart(aMultipart().withName("upload_comps")
                        .withHeader("Content-Disposition", containing("filename=\"comps.xml\""))
                        .withHeader("Content-Type", equalTo("application/text"))
                        .withBody(equalTo("<comps><group/></comps>")).build()));
        assertThat(partNames(copr.getAllServeEvents().get(0).getRequest())).containsExactly("json", "upload_comps");
        assertThat(chroot.additionalPackages()).containsExactly("gcc", "make");
        assertThat(chroot.isolation()).isEqualTo("nspawn");
    }

    @Test
    void editWithoutCompsIsStillMultipartWithOnlyTheJsonPart() {
        chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64",
                ProjectChrootOptions.builder().deleteComps(true).build());

        copr.verify(putRequestedFor(urlEqualTo(EDIT_URL))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart().withName("json")
                        .withHeader("Content-Disposition", containing("filename=\"json\""))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withBody(equalToJson("{\"delete_comps\": true}", false, false)).build()));
        assertThat(partNames(copr.getAllServeEvents().get(0).getRequest())).containsExactly("json");
    }

    @Test
    void unchangedSettingsSendAnEmptyJsonObject() {
        chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64", ProjectChrootOptions.unchanged());

        copr.verify(putRequestedFor(urlEqualTo(EDIT_URL))
                .withRequestBodyPart(aMultipart().withName("json").withBody(equalToJson("{}", false, false)).build()));
    }

    @Test
    void bootstrapImageImpliesCustomImageAsPythonCoprDoes() {
        ProjectChrootOptions settings = ProjectChrootOptions.builder()
                .bootstrapImage("registry.fedoraproject.org/fedora:rawhide")
                .bootstrap(Bootstrap.ON).build();

        chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64", settings);

        assertThat(settings.bootstrap()).isEqualTo(Bootstrap.CUSTOM_IMAGE);
        copr.verify(putRequestedFor(urlEqualTo(EDIT_URL)).withRequestBodyPart(aMultipart().withName("json")
                .withBody(equalToJson("""
                        {"bootstrap": "custom_image", "bootstrap_image": "registry.fedoraproject.org/fedora:rawhide"}
                        """, false, false)).build()));
    }

    @Test
    void emptyListIsSentToClearTheSetting() {
        chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64",
                ProjectChrootOptions.builder().additionalPackages(List.of()).build());

        copr.verify(putRequestedFor(urlEqualTo(EDIT_URL)).withRequestBodyPart(aMultipart().withName("json")
                .withBody(equalToJson("{\"additional_packages\": []}", false, false)).build()));
    }

    @Test
    void invalidResetFieldPassesCoprTextThrough() {
        copr.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"Trying to reset an invalid attribute: nonsense\\n"
                        + "See `copr-cli get-chroot @copr/copr-dev/fedora-rawhide-x86_64' for all the possible attributes\"}")));

        assertThatThrownBy(() -> chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64",
                ProjectChrootOptions.builder().resetFields(List.of("nonsense")).build()))
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("Trying to reset an invalid attribute: nonsense");
    }

    @Test
    void refusesMissingCompsFileBeforeAnyRequest() {
        Path missing = dir.resolve("missing-comps.xml");

        assertThatThrownBy(() -> chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64",
                ProjectChrootOptions.builder().comps(missing).build()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("options.comps ")
                .hasMessageEndingWith("does not exist");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesCustomImageWithoutAnImageBeforeAnyRequest() {
        assertThatThrownBy(() -> chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64",
                ProjectChrootOptions.builder().bootstrap(Bootstrap.CUSTOM_IMAGE).build()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessageContaining("custom_image needs a bootstrapImage");
        assertThatThrownBy(() -> chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64",
                ProjectChrootOptions.builder().bootstrapImage(" ").build()))
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("options.bootstrapImage must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesMissingSettingsAndBadNamesBeforeAnyRequest() {
        assertThatThrownBy(() -> chroots.edit("@copr", "copr-dev", "fedora-rawhide-x86_64", null))
                .isInstanceOf(CoprValidationException.class).hasMessage("options must not be null");
        assertThatThrownBy(() -> chroots.edit("@copr", "copr-dev", "", ProjectChrootOptions.unchanged()))
                .isInstanceOf(CoprValidationException.class).hasMessage("chrootname must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void listEntriesWithWhitespaceAreRefusedBecauseCoprWouldSplitThem() {
        assertThatThrownBy(() -> ProjectChrootOptions.builder().additionalPackages(List.of("gcc make")).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessage("ProjectChrootOptions additionalPackages entry 'gcc make' must be a non-blank word:"
                        + " Copr splits entries at whitespace");
        assertThatThrownBy(() -> ProjectChrootOptions.builder().resetFields(List.of("")).build())
                .isInstanceOf(CoprValidationException.class)
                .hasMessageStartingWith("ProjectChrootOptions resetFields entry ''");
    }
}
