package dev.copr.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.config.ApiToken;
import dev.copr.client.config.ApiTokenStore;
import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.config.ClassicConfigFileTokenStore;
import dev.copr.client.config.FlakyDiskTokenStores;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.exception.CoprValidationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TokenRenewalTest {

    private static final String OLD_TOKEN = "old-token-value-never-shown";
    private static final String NEW_TOKEN = "new-token-value-never-shown";
    private static final String NEWER_TOKEN = "newer-token-value-never-shown";
    private static final String OLD_AUTH = basic("oldLogin", OLD_TOKEN);
    private static final String NEW_AUTH = basic("newLogin", NEW_TOKEN);
    private static final String RENEWAL = "{\"api_login\": \"newLogin\", \"api_token\": \"" + NEW_TOKEN
            + "\", \"expiration\": \"2027-06-01\"}";
    private static final String EXPIRED = "{\"output\": \"notok\", \"error\": \"Login invalid/expired. Please visit"
            + " https://copr.example.org/api to get or renew your API token.\"}";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @TempDir
    Path dir;

    private CoprClient.Builder client() {
        return CoprClient.builder(copr.anonymousConfig().credentials("oldLogin", OLD_TOKEN)
                .tokenExpiration(LocalDate.of(2026, 12, 1)).retry(RetryOptions.disabled()).build());
    }

    @Test
    void findsTheConfiguredAndEveryRenewedCredentialInAText() {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(RENEWAL)));
        CoprClient client = client().build();
        assertThat(client.credentialsAppearIn("app.jar --copr.token=" + NEW_TOKEN)).isFalse();

        client.renewApiToken();

        assertThat(client.credentialsAppearIn("app.jar --copr.token=" + NEW_TOKEN)).isTrue();
        assertThat(client.credentialsAppearIn("{\"login\": \"newLogin\"}")).isTrue();
        assertThat(client.credentialsAppearIn("was " + OLD_TOKEN)).isTrue();
        assertThat(client.credentialsAppearIn("oldLogin")).isTrue();
        assertThat(client.credentialsAppearIn("app.jar --server.port=8080")).isFalse();
    }

    @Test
    void exposesTheConfiguredExpirationThenTheRenewedOne() {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(RENEWAL)));
        CoprClient client = client().build();
        assertThat(client.tokenExpiration()).contains(LocalDate.of(2026, 12, 1));

        ApiToken token = client.renewApiToken();

        assertThat(token.expiration()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(client.tokenExpiration()).contains(LocalDate.of(2027, 6, 1));
        assertThat(client.config().tokenExpiration()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void expirationIsEmptyWhenUnknown() {
        CoprClient client = CoprClient.create(copr.anonymousConfig().credentials("l", "t").build());

        assertThat(client.tokenExpiration()).isEmpty();
    }

    @Test
    void renewalSwitchesEveryFollowingRequestToTheNewToken() {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(RENEWAL)));
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprClient client = client().build();

        client.renewApiToken();
        client.authCheck();

        copr.verify(postRequestedFor(urlEqualTo("/api_3/api-token")).withHeader("Authorization", equalTo(OLD_AUTH)));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(NEW_AUTH)));
    }

    @Test
    void refusedRenewalKeepsTheCurrentToken() {
        copr.stubFor(post("/api_3/api-token").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(EXPIRED)));
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprClient client = client().build();

        CoprAuthException e = catchThrowableOfType(CoprAuthException.class, client::renewApiToken);
        client.authCheck();

        assertThat(e.isLoginInvalidOrExpired()).isTrue();
        assertThat(client.tokenExpiration()).contains(LocalDate.of(2026, 12, 1));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(OLD_AUTH)));
    }

    @Test
    void renewalWritesTheClassicConfigFileWhenAStoreIsGiven() throws IOException {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(RENEWAL)));
        Path file = Files.writeString(dir.resolve("copr"), "[copr-cli]\nlogin = oldLogin\ntoken = " + OLD_TOKEN
                + "\ncopr_url = " + copr.baseUrl() + "\nencrypted = False\n# expiration date: 2026-12-01\n");
        CoprClient client = client().tokenStore(new ClassicConfigFileTokenStore(file)).build();

        client.renewApiToken();

        ClassicConfigFile saved = ClassicConfigFile.read(file);
        assertThat(saved.login()).isEqualTo("newLogin");
        assertThat(saved.token()).isEqualTo(NEW_TOKEN);
        assertThat(saved.tokenExpiration()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void takesTheTokenAnotherClientSavedInsteadOfRenewingAgain() throws IOException {
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        Path file = Files.writeString(dir.resolve("copr"), configFile("oldLogin", OLD_TOKEN, "2026-12-01"));
        CoprClient client = client().tokenStore(new ClassicConfigFileTokenStore(file)).build();
        Files.writeString(file, configFile("newLogin", NEW_TOKEN, "2027-06-01"));

        ApiToken token = client.renewApiToken();
        client.authCheck();

        assertThat(token).isEqualTo(new ApiToken("newLogin", NEW_TOKEN, LocalDate.of(2027, 6, 1)));
        assertThat(client.tokenExpiration()).contains(LocalDate.of(2027, 6, 1));
        copr.verify(0, postRequestedFor(urlEqualTo("/api_3/api-token")));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(NEW_AUTH)));
    }

    @Test
    void afterAFailedSaveTheNextRenewalRenewsTheTokenInUseRatherThanTakingTheOlderSavedOne() throws IOException {
        copr.stubFor(post("/api_3/api-token").withHeader("Authorization", equalTo(OLD_AUTH)).willReturn(okJson(RENEWAL)));
        copr.stubFor(post("/api_3/api-token").withHeader("Authorization", equalTo(NEW_AUTH))
                .willReturn(okJson(RENEWAL.replace(NEW_TOKEN, NEWER_TOKEN))));
        Path file = Files.writeString(dir.resolve("copr"), configFile("oldLogin", OLD_TOKEN, "2026-12-01"));
        CoprClient client = client().tokenStore(FlakyDiskTokenStores.failingFirstSave(file)).build();
        assertThatThrownBy(client::renewApiToken).isInstanceOf(CoprTokenNotSavedException.class);

        ApiToken token = client.renewApiToken();

        assertThat(token.apiToken()).isEqualTo(NEWER_TOKEN);
        assertThat(ClassicConfigFile.read(file).token()).isEqualTo(NEWER_TOKEN);
        copr.verify(postRequestedFor(urlEqualTo("/api_3/api-token")).withHeader("Authorization", equalTo(NEW_AUTH)));
    }

    @Test
    @Timeout(30)
    void twoClientsOfOneJvmRenewingOneFileAtOnceRenewOnce() throws Exception {
        // Like Copr: the renewal invalidates the old token as soon as it arrives, then answers a little later.
        copr.stubFor(post("/api_3/api-token").inScenario("token").whenScenarioStateIs(STARTED)
                .withHeader("Authorization", equalTo(OLD_AUTH)).willSetStateTo("renewed")
                .willReturn(okJson(RENEWAL).withFixedDelay(300)));
        copr.stubFor(post("/api_3/api-token").atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(EXPIRED)));
        copr.stubFor(get("/api_3/auth-check").withHeader("Authorization", equalTo(NEW_AUTH))
                .willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        Path file = Files.writeString(dir.resolve("copr"), configFile("oldLogin", OLD_TOKEN, "2026-12-01"));
        List<CoprClient> clients = List.of(client().tokenStore(new ClassicConfigFileTokenStore(file)).build(),
                client().tokenStore(new ClassicConfigFileTokenStore(file)).build());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<ApiToken>> renewals = new java.util.ArrayList<>();
            for (CoprClient client : clients) {
                renewals.add(pool.submit(() -> {
                    start.await();
                    return client.renewApiToken();
                }));
            }
            start.countDown();

            for (Future<ApiToken> renewal : renewals) {
                assertThat(renewal.get(20, TimeUnit.SECONDS).apiToken()).isEqualTo(NEW_TOKEN);
            }
        } finally {
            pool.shutdownNow();
        }
        clients.forEach(CoprClient::authCheck);

        copr.verify(1, postRequestedFor(urlEqualTo("/api_3/api-token")));
        assertThat(ClassicConfigFile.read(file).token()).isEqualTo(NEW_TOKEN);
    }

    @Test
    void storeThatCannotBeWrittenStopsTheRenewalBeforeAnyRequest() {
        Path absent = dir.resolve("absent");
        CoprClient client = client().tokenStore(new ClassicConfigFileTokenStore(absent)).build();

        assertThatThrownBy(client::renewApiToken).isInstanceOf(CoprConfigException.class)
                .hasMessageContaining(absent.toString());
        assertThat(copr.getAllServeEvents()).isEmpty();
    }

    @Test
    void failedSaveAfterRenewalHandsOutTheTokenAndKeepsUsingIt() {
        copr.stubFor(post("/api_3/api-token").willReturn(okJson(RENEWAL)));
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        CoprClient client = client().tokenStore(new ApiTokenStore() {
            @Override
            public void checkWritable() {
            }

            @Override
            public void save(ApiToken token) {
                throw new CoprConfigException("disk full");
            }
        }).build();

        CoprTokenNotSavedException e = catchThrowableOfType(CoprTokenNotSavedException.class, client::renewApiToken);
        client.authCheck();

        assertThat(e.getToken().apiToken()).isEqualTo(NEW_TOKEN);
        assertThat(e.getMessage()).contains("disk full").contains(copr.baseUrl() + "/api")
                .doesNotContain(NEW_TOKEN).doesNotContain(OLD_TOKEN);
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(NEW_AUTH)));
    }

    @Test
    @Timeout(30)
    void concurrentRequestsDuringRenewalAllAuthenticate() throws Exception {
        // Like Copr: the renewal invalidates the old token as soon as it arrives, then answers a little later.
        copr.stubFor(post("/api_3/api-token").inScenario("token").whenScenarioStateIs(STARTED)
                .withHeader("Authorization", equalTo(OLD_AUTH)).willSetStateTo("renewed")
                .willReturn(okJson(RENEWAL).withFixedDelay(300)));
        copr.stubFor(get("/api_3/auth-check").inScenario("token").whenScenarioStateIs(STARTED)
                .withHeader("Authorization", equalTo(OLD_AUTH))
                .willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}").withFixedDelay(20)));
        copr.stubFor(get("/api_3/auth-check").inScenario("token").whenScenarioStateIs("renewed")
                .withHeader("Authorization", equalTo(NEW_AUTH)).willReturn(okJson("{\"id\": 1, \"name\": \"jdoe\"}")));
        copr.stubFor(get("/api_3/auth-check").atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(EXPIRED)));
        CoprClient client = client().build();
        int workers = 8;
        CountDownLatch allRunning = new CountDownLatch(workers);
        AtomicBoolean renewed = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> authCheckUntilRenewed(client, allRunning, renewed, failures)));
            }
            allRunning.await();

            client.renewApiToken();
            renewed.set(true);
            for (Future<?> worker : running) {
                worker.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).isEmpty();
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(OLD_AUTH)));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")).withHeader("Authorization", equalTo(NEW_AUTH)));
    }

    private static void authCheckUntilRenewed(CoprClient client, CountDownLatch allRunning, AtomicBoolean renewed,
                                              List<Throwable> failures) {
        try {
            client.authCheck();
            allRunning.countDown();
            while (!renewed.get()) {
                client.authCheck();
            }
            client.authCheck();
        } catch (RuntimeException e) {
            failures.add(e);
            allRunning.countDown();
        }
    }

    @Test
    @Timeout(30)
    void renewalFromWithinARequestIsRefusedInsteadOfDeadlocking() throws IOException {
        copr.stubFor(post("/api_3/build/create/upload").willReturn(okJson(ApiSamples.build(7))));
        Path srpm = Files.write(dir.resolve("hello-1-1.src.rpm"), new byte[4096]);
        CoprClient client = client().build();
        AtomicReference<RuntimeException> refused = new AtomicReference<>();

        client.builds().createFromFile("jdoe", "hello", srpm, null, (sent, total) -> {
            try {
                client.renewApiToken();
            } catch (RuntimeException e) {
                refused.compareAndSet(null, e);
            }
        });

        assertThat(refused.get()).isInstanceOf(CoprValidationException.class)
                .hasMessageContaining("from within a request");
        copr.verify(0, postRequestedFor(urlEqualTo("/api_3/api-token")));
    }

    private String configFile(String login, String token, String expiration) {
        return "[copr-cli]\nlogin = " + login + "\ntoken = " + token + "\ncopr_url = " + copr.baseUrl()
                + "\nencrypted = False\n# expiration date: " + expiration + "\n";
    }

    private static String basic(String login, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + token).getBytes(StandardCharsets.UTF_8));
    }
}
