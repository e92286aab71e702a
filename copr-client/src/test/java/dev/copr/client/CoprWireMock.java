package dev.copr.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.copr.client.config.CoprConfig;

import java.util.function.UnaryOperator;

/**
 * A WireMock server on a random loopback port, started once per test class, and Copr clients pointed at it.
 * Register it as a static {@code @RegisterExtension} field; stub and verify through it as through any
 * {@link WireMockExtension}, and take a client from {@link #client()} (logged in as {@link #LOGIN} with
 * {@link #TOKEN}) or {@link #anonymousClient()}. Settings every client of a suite shares go to
 * {@link #withSettings}; one test's own settings are chained onto {@link #config()}.
 */
public final class CoprWireMock extends WireMockExtension {

    /** The login of {@link #client()}; with {@link #TOKEN} it makes {@link ApiSamples#BASIC_AUTH}. */
    public static final String LOGIN = "login";

    /** The API token of {@link #client()}. */
    public static final String TOKEN = "token";

    private final UnaryOperator<CoprConfig.Builder> settings;

    private CoprWireMock(UnaryOperator<CoprConfig.Builder> settings) {
        super(WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));
        this.settings = settings;
    }

    /** A server whose clients have the client's default settings. */
    public static CoprWireMock create() {
        return new CoprWireMock(UnaryOperator.identity());
    }

    /** A server whose clients all get these settings, applied after the URL and the test credentials. */
    public static CoprWireMock withSettings(UnaryOperator<CoprConfig.Builder> settings) {
        return new CoprWireMock(settings);
    }

    /** The configuration of {@link #client()}, to chain a test's own settings onto. */
    public CoprConfig.Builder config() {
        return settings.apply(CoprConfig.builder().url(baseUrl()).credentials(LOGIN, TOKEN));
    }

    /** The configuration of {@link #anonymousClient()}, to chain a test's own settings onto. */
    public CoprConfig.Builder anonymousConfig() {
        return settings.apply(CoprConfig.builder().url(baseUrl()));
    }

    /** A client logged in as {@link #LOGIN}. */
    public CoprClient client() {
        return CoprClient.create(config().build());
    }

    /** A client logged in as {@link #LOGIN}, with a test's own settings on top of the suite's. */
    public CoprClient client(UnaryOperator<CoprConfig.Builder> testSettings) {
        return CoprClient.create(testSettings.apply(config()).build());
    }

    /** A client without credentials. */
    public CoprClient anonymousClient() {
        return CoprClient.create(anonymousConfig().build());
    }
}
