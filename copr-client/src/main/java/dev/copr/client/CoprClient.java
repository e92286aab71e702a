package dev.copr.client;

import dev.copr.client.build.BuildEndSignals;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.chroot.BuildChrootProxy;
import dev.copr.client.chroot.MockChrootProxy;
import dev.copr.client.chroot.ProjectChrootProxy;
import dev.copr.client.config.ApiToken;
import dev.copr.client.config.ApiTokenStore;
import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.config.ClassicConfigFileTokenStore;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RedactedUrl;
import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.exception.CoprConfigException;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.internal.http.DefaultHttpClient;
import dev.copr.client.internal.download.HttpBuildResults;
import dev.copr.client.internal.proxy.HttpBuildChrootProxy;
import dev.copr.client.internal.proxy.HttpBuildProxy;
import dev.copr.client.internal.proxy.HttpMockChrootProxy;
import dev.copr.client.internal.proxy.HttpMonitorProxy;
import dev.copr.client.internal.proxy.HttpPackageProxy;
import dev.copr.client.internal.proxy.HttpProjectChrootProxy;
import dev.copr.client.internal.proxy.HttpProjectProxy;
import dev.copr.client.internal.proxy.HttpWebhookProxy;
import dev.copr.client.monitor.MonitorProxy;
import dev.copr.client.observation.CoprRequestObservationConvention;
import dev.copr.client.pkg.PackageProxy;
import dev.copr.client.project.ProjectProxy;
import dev.copr.client.result.BuildResults;
import dev.copr.client.webhook.WebhookProxy;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point to one Copr instance's API v3, python-copr's {@code Client}: the general calls
 * ({@code home}, {@code auth-check}, API token) and one proxy per resource. Thread-safe; create one
 * per Copr instance and share it.
 *
 * <pre>{@code
 * CoprClient copr = CoprClient.create(ClassicConfigFile.readDefault().toConfig());
 * CoprUser me = copr.authCheck();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CoprClient {

    private static final Logger log = LoggerFactory.getLogger(CoprClient.class);

    private final CoprConfig config;
    private final CoprTransport transport;
    private final @Nullable ApiTokenStore tokenStore;
    private final @Nullable String credentialsOrigin;
    private final AtomicReference<@Nullable LocalDate> tokenExpiration;
    /** The token the store held when this client last read or wrote it; another one there is newer. */
    private volatile @Nullable String tokenSeenInStore;
    /** Every API login and token this client has used, so that they can be masked wherever they appear. */
    private final CopyOnWriteArrayList<String> usedCredentials = new CopyOnWriteArrayList<>();
    private final @Nullable BuildEndSignals endSignals;
    /** Made on the first call of a proxy, so that making a client (at start-up) does not load their classes. */
    private volatile @Nullable Proxies proxies;
    private final Object proxiesLock = new Object();

    private CoprClient(CoprConfig config, CoprTransport transport, @Nullable BuildEndSignals endSignals,
                       @Nullable ApiTokenStore tokenStore, @Nullable String credentialsOrigin) {
        this.config = config;
        this.transport = transport;
        this.tokenStore = tokenStore;
        this.credentialsOrigin = credentialsOrigin;
        this.tokenExpiration = new AtomicReference<>(config.tokenExpiration());
        this.tokenSeenInStore = config.token();
        remember(config.login());
        remember(config.token());
        this.endSignals = endSignals;
    }

    /** A client with the JDK HTTP client and the config's timeouts. */
    public static CoprClient create(CoprConfig config) {
        return builder(config).build();
    }

    /** A client for python-copr's {@code ~/.config/copr}, anonymous on the public instance when absent. */
    public static CoprClient fromClassicConfigFile() {
        ClassicConfigFile file = ClassicConfigFile.readDefault();
        return builder(file.toConfig()).credentialsOrigin(file.credentialsOrigin()).build();
    }

    /**
     * A builder of the JDK HTTP client a {@link CoprClient} uses by default: HTTP/1.1 (as python-copr
     * speaks; the JDK's HTTP/2 upgrade on plain http breaks streamed uploads to some servers), no
     * redirects followed (a redirect from the Copr API means a wrong URL), the config's connect
     * timeout and the system's proxy settings. Add e.g. an {@code SSLContext} and pass the result to
     * {@link Builder#httpClient(HttpClient)}.
     */
    public static HttpClient.Builder httpClientBuilder(CoprConfig config) {
        return DefaultHttpClient.builder(config);
    }

    /** A builder to choose the HTTP client, observations or token store. */
    public static Builder builder(CoprConfig config) {
        return new Builder(config);
    }

    /**
     * The configuration this client was created with (its {@code toString()} hides the token). After
     * {@link #renewApiToken()} its credentials and expiration are those the client started with.
     */
    public CoprConfig config() {
        return config;
    }

    /** The API root; python-copr {@code home()}. Anonymous. */
    public ApiHome home() {
        return transport.execute(CoprRequest.get("base.home", "/"), ApiHome.class);
    }

    /**
     * Checks the credentials and returns whom they belong to; python-copr {@code auth_check()}.
     * @throws CoprAuthException when no credentials are configured or Copr refuses them
     */
    public CoprUser authCheck() {
        return transport.execute(CoprRequest.get("base.auth_check", "/auth-check").withAuthentication(), CoprUser.class);
    }

    /**
     * The user name of the credentials; python-copr {@code auth_username()}. The configured
     * {@code username} when set (no request), else the name {@code auth-check} answers.
     */
    public String authUsername() {
        String username = config.username();
        return username != null ? username : authCheck().name();
    }

    /**
     * The last day the current API token is valid, when known: from the configuration (Copr's web UI
     * shows it and writes it as {@code # expiration date:} into the classic config file), then from
     * the answer of the latest {@link #renewApiToken()}.
     */
    public Optional<LocalDate> tokenExpiration() {
        return Optional.ofNullable(tokenExpiration.get());
    }

    /**
     * Asks Copr for a new API token (which invalidates the current one everywhere it is used) and
     * switches this client to it at once; python-copr {@code new_api_token()}, the token lifecycle's
     * entry point. Authenticated requests of other threads wait while the renewal runs, so none
     * reaches Copr with the replaced token. With an {@link ApiTokenStore} (e.g. the classic config
     * file) the store is checked before, and read and written after it under the store's lock: when
     * the store holds another token than when this client last read or wrote it, another client
     * (e.g. another process) renewed it since, and this client switches to that one instead of
     * renewing again.
     *
     * @return the new login, token and expiration; store them: Copr's web UI is the only other copy
     * @throws CoprConfigException when the store cannot be locked or written (nothing was renewed)
     * @throws CoprValidationException when called from within a request, e.g. by an upload progress listener
     * @throws CoprTokenNotSavedException when the token was renewed and is in use but could not be saved
     * @throws CoprAuthException when Copr refuses the current token (expired tokens cannot be renewed
     *                           through the API: get a new one at {@code <copr-url>/api})
     */
    public ApiToken renewApiToken() {
        ApiTokenStore store = tokenStore;
        if (store == null) {
            return transport.exclusively(this::requestAndUseNewToken);
        }
        store.checkWritable();
        // The transport's lock first: a call from within a request is refused at once, where waiting for the
        // store's lock could wait for a renewal that itself waits for that request to end.
        return transport.exclusively(() -> store.exclusively(() -> adoptSavedOrRenewAndSave(store)));
    }

    /**
     * Whether {@code text} contains an API login or token this client uses or has used: the configured
     * ones and every renewed one. For masking credentials wherever they appear (the Spring Boot
     * starter masks such values in the actuator's {@code env} and {@code configprops}); the
     * credentials themselves are never revealed.
     */
    public boolean credentialsAppearIn(String text) {
        for (String credential : usedCredentials) {
            if (text.contains(credential)) {
                return true;
            }
        }
        return false;
    }

    /** python-copr's name for {@link #renewApiToken()}, which it calls. */
    public ApiToken newApiToken() {
        return renewApiToken();
    }

    private ApiToken adoptSavedOrRenewAndSave(ApiTokenStore store) {
        // Compared with what the store held, not with the token in use: after a failed save the store
        // still holds the token this client replaced, which is older, not newer.
        Optional<ApiToken> renewedElsewhere = store.saved()
                .filter(saved -> !saved.apiToken().equals(tokenSeenInStore));
        if (renewedElsewhere.isPresent()) {
            use(renewedElsewhere.get());
            tokenSeenInStore = renewedElsewhere.get().apiToken();
            log.info("Another client renewed the Copr API token and saved it in {}: using that one (it expires on {})"
                    + " instead of renewing again", store, expiration(renewedElsewhere.get()));
            return renewedElsewhere.get();
        }
        ApiToken token = requestAndUseNewToken();
        save(store, token);
        return token;
    }

    private ApiToken requestAndUseNewToken() {
        ApiToken token;
        try {
            token = transport.execute(CoprRequest.post("base.new_api_token", "/api-token"), ApiToken.class);
        } catch (CoprException e) {
            if (e.getStatus() == 0 || e.getStatus() >= 500) {
                log.warn("The Copr API token renewal got no clear answer ({}); if Copr renewed the token anyway,"
                        + " the old one no longer works: get the current token at {}/api", e.getMessage(), config.url());
            }
            throw e;
        }
        // Jackson leaves a field Copr left out null, whatever the record declares
        if (token.apiLogin() == null || token.apiToken() == null) {
            throw new CoprRequestException("Copr answered the API token renewal without api_login and api_token;"
                    + " get the current token at " + config.url() + "/api");
        }
        use(token);
        log.info("Copr API token renewed; the new token expires on {}", expiration(token));
        return token;
    }

    private void use(ApiToken token) {
        remember(token.apiLogin());
        remember(token.apiToken());
        transport.useCredentials(token.apiLogin(), token.apiToken());
        tokenExpiration.set(token.expiration());
    }

    private void remember(@Nullable String credential) {
        if (credential != null && !credential.isBlank()) {
            usedCredentials.addIfAbsent(credential.strip());
        }
    }

    private static String expiration(ApiToken token) {
        return Objects.toString(token.expiration(), "an unknown date");
    }

    private void save(ApiTokenStore store, ApiToken token) {
        try {
            store.save(token);
            tokenSeenInStore = token.apiToken();
        } catch (RuntimeException e) {
            throw new CoprTokenNotSavedException("The Copr API token was renewed and this client uses the new one,"
                    + " but saving it failed: " + e.getMessage() + ". The saved token is the previous one, which Copr"
                    + " no longer accepts: save the renewed token (CoprTokenNotSavedException.getToken()) or copy it"
                    + " from " + config.url() + "/api", token, e);
        }
    }

    /** Projects and their permissions: python-copr's {@code project_proxy}. */
    public ProjectProxy projects() {
        return proxies().projects();
    }

    /** Builds: python-copr's {@code build_proxy}. */
    public BuildProxy builds() {
        return proxies().builds();
    }

    /** Packages of projects: python-copr's {@code package_proxy}. */
    public PackageProxy packages() {
        return proxies().packages();
    }

    /** Chroot settings of projects: python-copr's {@code project_chroot_proxy}. */
    public ProjectChrootProxy projectChroots() {
        return proxies().projectChroots();
    }

    /** Chroots of builds: python-copr's {@code build_chroot_proxy}. */
    public BuildChrootProxy buildChroots() {
        return proxies().buildChroots();
    }

    /** Chroots the Copr instance offers: python-copr's {@code mock_chroot_proxy}. */
    public MockChrootProxy mockChroots() {
        return proxies().mockChroots();
    }

    /** Latest builds of a project's packages: python-copr's {@code monitor_proxy}. */
    public MonitorProxy monitor() {
        return proxies().monitor();
    }

    /** Webhook secrets of projects: python-copr's {@code webhook_proxy}. */
    public WebhookProxy webhooks() {
        return proxies().webhooks();
    }

    /**
     * What builds left behind: per-chroot verdicts, logs, built files and their download (copr-cli's
     * {@code download-build}). Logs and files come from the results host and Pulp, which never receive
     * this client's credentials.
     */
    public BuildResults results() {
        return proxies().results();
    }

    private Proxies proxies() {
        Proxies made = proxies;
        if (made == null) {
            synchronized (proxiesLock) {
                made = proxies;
                if (made == null) {
                    BuildProxy builds = new HttpBuildProxy(transport, endSignals);
                    BuildChrootProxy buildChroots = new HttpBuildChrootProxy(transport);
                    ProjectProxy projects = new HttpProjectProxy(transport);
                    made = new Proxies(projects, builds, new HttpPackageProxy(transport),
                            new HttpProjectChrootProxy(transport), buildChroots, new HttpMockChrootProxy(transport),
                            new HttpMonitorProxy(transport), new HttpWebhookProxy(transport),
                            new HttpBuildResults(config, builds, buildChroots, projects, transport.observationRegistry()));
                    proxies = made;
                }
            }
        }
        return made;
    }

    /**
     * One line saying which Copr this client talks to and as whom: the URL, where the credentials
     * came from (or why there are none), the configured user name and the token's last valid day
     * when known. Never the login or the token; for a start-up log line.
     */
    public String describe() {
        StringBuilder text = new StringBuilder("Copr at ").append(RedactedUrl.of(config.url()));
        if (!config.hasCredentials()) {
            text.append(", anonymous");
            return credentialsOrigin == null ? text.toString() : text.append(": ").append(credentialsOrigin).toString();
        }
        text.append(", credentials from ").append(credentialsOrigin == null ? "the CoprConfig" : credentialsOrigin);
        String username = config.username();
        if (username != null) {
            text.append(", user ").append(username);
        }
        tokenExpiration().ifPresent(expiration -> text.append(", token valid until ").append(expiration));
        return text.toString();
    }

    @Override
    public String toString() {
        return "CoprClient[" + config.url() + "]";
    }

    /** The proxies and the results API of one client. */
    private record Proxies(ProjectProxy projects, BuildProxy builds, PackageProxy packages,
                           ProjectChrootProxy projectChroots, BuildChrootProxy buildChroots,
                           MockChrootProxy mockChroots, MonitorProxy monitor, WebhookProxy webhooks,
                           BuildResults results) {
    }

    /** Builds a {@link CoprClient}. */
    public static final class Builder {
        private final CoprConfig config;
        private @Nullable Supplier<HttpClient> httpClient;
        private @Nullable ObservationRegistry observationRegistry;
        private @Nullable CoprRequestObservationConvention observationConvention;
        private @Nullable ApiTokenStore tokenStore;
        private @Nullable BuildEndSignals buildEndSignals;
        private @Nullable String credentialsOrigin;

        private Builder(CoprConfig config) {
            if (config == null) {
                throw new CoprConfigException("CoprClient needs a CoprConfig: use CoprConfig.builder().build()"
                        + " for anonymous access to " + CoprConfig.DEFAULT_URL);
            }
            this.config = config;
        }

        /**
         * The JDK HTTP client to send with, e.g. one with an {@code SSLContext} for a Copr instance
         * with a private CA, or a proxy (Spring Boot's starter passes one built from Boot's HTTP client
         * settings and SSL bundles). Its connect timeout, redirect policy and HTTP version apply as it
         * has them: start from {@link #httpClientBuilder(CoprConfig)} to keep the defaults. The
         * config's read and response timeouts and answer size apply to every client. Null for the
         * default, a client of {@link #httpClientBuilder(CoprConfig)}.
         */
        public Builder httpClient(@Nullable HttpClient httpClient) {
            return httpClient(httpClient == null ? null : () -> httpClient);
        }

        /**
         * Makes the JDK HTTP client on the client's first request, so that start-up does not pay for
         * it (building one loads the JVM's default trust store); see {@link #httpClient(HttpClient)}.
         */
        public Builder httpClient(@Nullable Supplier<HttpClient> httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Observes every request as {@code copr.client.requests} in this registry; none by default. */
        public Builder observationRegistry(@Nullable ObservationRegistry observationRegistry) {
            this.observationRegistry = observationRegistry;
            return this;
        }

        /** Replaces the default names and tags of the request observations. */
        public Builder observationConvention(@Nullable CoprRequestObservationConvention observationConvention) {
            this.observationConvention = observationConvention;
            return this;
        }

        /**
         * Where {@link CoprClient#renewApiToken()} saves a renewed token, e.g.
         * {@code new ClassicConfigFileTokenStore(ClassicConfigFile.defaultPath())}; none by default.
         */
        public Builder tokenStore(@Nullable ApiTokenStore tokenStore) {
            this.tokenStore = tokenStore;
            return this;
        }

        /**
         * Where login and token came from, or without credentials why there are none, as
         * {@link CoprClient#describe()} shows it: e.g. {@link ClassicConfigFile#credentialsOrigin()}.
         */
        public Builder credentialsOrigin(@Nullable String credentialsOrigin) {
            this.credentialsOrigin = credentialsOrigin;
            return this;
        }

        /**
         * Where watchers of this client's builds learn that chroots ended, so that they ask Copr about a
         * build only then (Spring Boot's starter passes its listener on Copr's message bus when
         * {@code copr.events.enabled=true}); none by default: watchers poll on their interval.
         */
        public Builder buildEndSignals(@Nullable BuildEndSignals buildEndSignals) {
            this.buildEndSignals = buildEndSignals;
            return this;
        }

        /** The client. */
        public CoprClient build() {
            return new CoprClient(config, new CoprTransport(config,
                    httpClient == null ? () -> httpClientBuilder(config).build() : httpClient, observationRegistry,
                    observationConvention), buildEndSignals, tokenStore, credentialsOrigin);
        }
    }
}
