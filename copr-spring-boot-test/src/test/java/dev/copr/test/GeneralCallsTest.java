package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprClient;
import dev.copr.client.config.ApiToken;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeneralCallsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final CoprStub copr = CoprStub.builder().clock(CLOCK)
            .user(CoprStubUser.named("bob").withTokenExpiration(LocalDate.parse("2026-02-28")))
            .start();

    @AfterEach
    void stop() {
        copr.close();
    }

    @Test
    void homeAnswersVersion3() {
        assertThat(copr.client().home().version()).isEqualTo(3);
    }

    @Test
    void authCheckNamesTheUserOfTheToken() {
        assertThat(copr.client().authCheck().name()).isEqualTo("tester");
        assertThat(copr.client().authCheck().id()).isEqualTo(1);
    }

    @Test
    void wrongTokenIsRefusedWith401AndCoprsMessage() {
        CoprClient wrong = CoprClient.create(copr.anonymousConfig().toBuilder()
                .credentials("tester-login", "not-the-token").build());

        assertThatThrownBy(wrong::authCheck).isInstanceOfSatisfying(CoprAuthException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(401);
            assertThat(e.getCoprError()).isEqualTo("Login invalid/expired. Please visit " + copr.url()
                    + "/api to get or renew your API token.");
        });
    }

    @Test
    void expiredTokenIsRefused() {
        CoprClient bob = copr.client(copr.user("bob"));

        assertThatThrownBy(bob::authCheck).isInstanceOfSatisfying(CoprException.class,
                e -> assertThat(e.getStatus()).isEqualTo(401));
    }

    @Test
    void writeWithoutCredentialsIsRefusedBeforeAnyProjectLookup() {
        CoprClient anonymous = CoprClient.create(copr.anonymousConfig().toBuilder()
                .credentials("nobody", "nothing").build());

        assertThatThrownBy(() -> anonymous.webhooks().generate("tester", "missing"))
                .isInstanceOfSatisfying(CoprException.class, e -> assertThat(e.getStatus()).isEqualTo(401));
    }

    @Test
    void newApiTokenReplacesTheOldOneForHalfAYear() {
        CoprClient client = copr.client();
        CoprClient old = copr.client();

        ApiToken token = client.newApiToken();

        assertThat(token.expiration()).isEqualTo(LocalDate.parse("2026-08-28"));
        assertThat(copr.defaultUser().token()).isEqualTo(token.apiToken());
        assertThat(client.authCheck().name()).isEqualTo("tester");
        assertThatThrownBy(old::authCheck).isInstanceOf(CoprAuthException.class);
    }
}
