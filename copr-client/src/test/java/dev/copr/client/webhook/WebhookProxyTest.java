package dev.copr.client.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.BasicCredentials;

import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprValidationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookProxyTest {

    private static final String GENERATE = "/api_3/webhook/generate/jdoe/hello";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final WebhookProxy webhooks = copr.client().webhooks();

    @Test
    void generateIsAnAuthenticatedPostWithoutBodyAndMapsTheNewSecret() {
        copr.stubFor(post(GENERATE).willReturn(okJson("""
                {"id": 4242, "name": "hello", "ownername": "jdoe", "full_name": "jdoe/hello",
                 "webhook_secret": "0b5b5a4c-3b2e-4c58-9d1a-6a1c1f6f1e2d", "webhook_url": "https://example.org/hook"}
                """)));

        WebhookSecret secret = webhooks.generate("jdoe", "hello");

        copr.verify(postRequestedFor(urlEqualTo(GENERATE))
                .withBasicAuth(new BasicCredentials("login", "token"))
                .withHeader("Content-Type", absent())
                .withRequestBody(absent()));
        assertThat(secret.id()).isEqualTo(4242);
        assertThat(secret.name()).isEqualTo("hello");
        assertThat(secret.ownername()).isEqualTo("jdoe");
        assertThat(secret.fullName()).isEqualTo("jdoe/hello");
        assertThat(secret.webhookSecret()).isEqualTo("0b5b5a4c-3b2e-4c58-9d1a-6a1c1f6f1e2d");
        assertThat(secret.extra()).containsEntry("webhook_url", "https://example.org/hook");
    }

    @Test
    void toStringHidesTheSecret() {
        WebhookSecret secret = new WebhookSecret(1, "hello", "jdoe", "jdoe/hello", "s3cret-value", null);

        assertThat(secret.toString()).doesNotContain("s3cret-value").contains("jdoe/hello");
    }

    @Test
    void generateForAProjectTheCallerCannotEditPassesCoprsTextThrough() {
        copr.stubFor(post(GENERATE).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"You don't have required permission\"}")));

        assertThatThrownBy(() -> webhooks.generate("jdoe", "hello"))
                .isInstanceOf(CoprAuthException.class)
                .extracting(e -> ((CoprAuthException) e).getCoprError())
                .isEqualTo("You don't have required permission");
    }

    @Test
    void generateRefusesBadNamesBeforeAnyRequest() {
        assertThatThrownBy(() -> webhooks.generate("jdoe", " "))
                .isInstanceOf(CoprValidationException.class).hasMessage("projectname must not be blank");
        assertThat(copr.getAllServeEvents()).isEmpty();
    }
}
