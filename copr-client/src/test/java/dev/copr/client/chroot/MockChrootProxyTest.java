package dev.copr.client.chroot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprRequestException;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockChrootProxyTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final MockChrootProxy mockChroots = copr.client().mockChroots();

    @Test
    void getListIsAnAnonymousGetReturningCommentsByChrootInCoprOrder() {
        copr.stubFor(get("/api_3/mock-chroots/list").willReturn(okJson("""
                {"fedora-18-x86_64": "", "fedora-17-x86_64": "A short chroot comment",
                 "fedora-17-i386": "Chroot comment containing [url with four\\nwords](https://copr.fedorainfracloud.org/)",
                 "fedora-rawhide-i386": ""}
                """)));

        Map<String, String> chroots = mockChroots.getList();

        copr.verify(getRequestedFor(urlEqualTo("/api_3/mock-chroots/list")).withHeader("Authorization", absent()));
        assertThat(chroots.keySet())
                .containsExactly("fedora-18-x86_64", "fedora-17-x86_64", "fedora-17-i386", "fedora-rawhide-i386");
        assertThat(chroots).containsEntry("fedora-18-x86_64", "")
                .containsEntry("fedora-17-x86_64", "A short chroot comment")
                .containsEntry("fedora-17-i386",
                        "Chroot comment containing [url with four\nwords](https://copr.fedorainfracloud.org/)");
        assertThatThrownBy(() -> chroots.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void serverErrorPassesCoprTextThrough() {
        copr.stubFor(get("/api_3/mock-chroots/list").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Database error, contact admin\"}")));

        assertThatThrownBy(() -> mockChroots.getList())
                .isInstanceOf(CoprRequestException.class)
                .hasMessageContaining("Database error, contact admin");
    }
}
