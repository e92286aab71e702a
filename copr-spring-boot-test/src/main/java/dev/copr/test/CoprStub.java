package dev.copr.test;

import dev.copr.client.CoprClient;
import dev.copr.client.build.BuildState;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;
import dev.copr.client.project.Storage;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An in-process Copr API v3 server for tests: real HTTP and JSON on a random loopback port, with
 * state. Projects, chroots, permissions, packages, builds from every source type, monitor and the
 * general calls behave as Copr's frontend does, including its pagination, ordering and error
 * answers; uploads are measured and dropped. Builds move through Copr's states as the test says
 * ({@link BuildProgression}), and every request is recorded for assertions. What builds leave behind
 * (logs, {@code results.json}, RPMs) is served as Copr's backend lays it out, on a results host of
 * its own ({@link #resultsUrl()}) and, for projects on Pulp storage, a Pulp host ({@link #pulpUrl()}).
 *
 * <pre>{@code
 * try (CoprStub copr = CoprStub.builder().buildProgression(BuildProgression.ON_POLL).start()) {
 *     CoprClient client = copr.client();
 *     client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
 *     Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/foo-1.0-1.src.rpm");
 *     List<Build> ended = client.builds().watcher().interval(Duration.ofMillis(1)).build().waitFor(build);
 * }
 * }</pre>
 *
 * <p>Thread-safe. The served JSON shapes are listed in this module's {@code JSON-SHAPES.md}.
 *
 * @since 0.1.0
 */
public final class CoprStub implements AutoCloseable {

    /**
     * The user a stub has unless told otherwise: {@code tester}, login {@code tester-login}, token {@code
     * tester-token}.
     */
    public static final CoprStubUser DEFAULT_USER = CoprStubUser.named("tester");

    /** The chroots a stub offers unless told otherwise. */
    public static final List<String> DEFAULT_MOCK_CHROOTS = List.of("fedora-rawhide-x86_64", "fedora-rawhide-aarch64",
            "fedora-42-x86_64", "fedora-42-aarch64", "fedora-41-x86_64", "epel-10-x86_64", "epel-9-x86_64",
            "centos-stream-10-x86_64");

    /** The time between two steps of {@link BuildProgression#TIMED} unless told otherwise. */
    public static final Duration DEFAULT_TIMED_STEP = Duration.ofMillis(200);

    /** The size of each RPM and SRPM a build makes unless told otherwise: 24 KiB, a small real package's. */
    public static final long DEFAULT_RPM_SIZE = 24 * 1024;

    private final StubServer server;
    private final StubServer resultsServer;
    private final StubServer pulpServer;
    private final StubState state;
    private final RequestLog requests = new RequestLog();
    private final RequestLog resultsRequests = new RequestLog();
    private final RequestLog pulpRequests = new RequestLog();
    private final BuildTimer timer;

    private CoprStub(StubSettings settings) {
        this.server = StubServer.bind(settings.port());
        this.resultsServer = StubServer.bind(0);
        this.pulpServer = StubServer.bind(0);
        this.state = new StubState(settings, new Links(server.url().toString(), resultsServer.url().toString(),
                pulpServer.url().toString()));
        Router router = new Router();
        new GeneralApi(state).register(router);
        new PermissionApi(state).register(router);
        new ProjectApi(state).register(router);
        new ProjectChrootApi(state).register(router);
        new BuildApi(state).register(router);
        new BuildCreateApi(state).register(router);
        new BuildChrootApi(state).register(router);
        new PackageApi(state).register(router);
        new MockChrootApi(state).register(router);
        new MonitorApi(state).register(router);
        new WebhookApi(state).register(router);
        server.start(state, router, requests::add);
        resultsServer.serve(new FileHost(resultsServer.url().toString(), state,
                (path, reading) -> ResultsPaths.results(state, path, reading), resultsRequests::add));
        pulpServer.serve(new FileHost(pulpServer.url().toString(), state,
                (path, reading) -> ResultsPaths.pulp(state, path), pulpRequests::add));
        this.timer = new BuildTimer(settings.timedStep(), this::timedStep, "copr-stub-" + url().getPort() + "-timer");
        if (settings.progression() == BuildProgression.TIMED) {
            timer.start();
        }
    }

    /** A stub with the default user, chroots and {@link BuildProgression#MANUAL}, already answering. */
    public static CoprStub start() {
        return builder().start();
    }

    /** A builder to choose users, chroots, build progression and clock before starting. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL to give a Copr client as its {@code copr_url}, e.g. {@code http://127.0.0.1:40123}. */
    public URI url() {
        return server.url();
    }

    /**
     * The base URL of the results host, Copr's {@code BACKEND_BASE_URL}, another origin than {@link #url()}:
     * the {@code result_url}, log and {@code repo_url} (backend storage) URLs of the stub's answers point
     * under its {@code /results/}, where the files of builds are served as Copr's backend writes them.
     */
    public URI resultsUrl() {
        return resultsServer.url();
    }

    /**
     * The base URL of the Pulp content host, a third origin: the {@code repo_url} of projects on
     * {@code pulp} storage, and where their RPMs are, at {@code <owner>/<dir>/<chroot>/Packages/<first
     * letter>/<file>}; the results host redirects requests for them there. For a project in devel mode
     * the chroot's {@code <chroot>-devel} distribution has every build, and {@code <chroot>} those that
     * ended by its last regenerate-repos.
     */
    public URI pulpUrl() {
        return pulpServer.url();
    }

    /** The default user, with its current credentials. */
    public CoprStubUser defaultUser() {
        return read(StubState::defaultUser);
    }

    /**
     * A user with its current credentials (they change when it asks for a new API token).
     * @throws IllegalArgumentException when the stub has no such user
     */
    public CoprStubUser user(String name) {
        CoprStubUser user = read(current -> current.users.get(name));
        if (user == null) {
            throw new IllegalArgumentException("the Copr stub has no user '" + name + "'");
        }
        return user;
    }

    /** Adds a user (or replaces the one of that name) and returns it. */
    public CoprStubUser addUser(CoprStubUser user) {
        requireNonNull("user", user);
        update(current -> current.putUser(user));
        return user;
    }

    /** Adds a group that exists without members, so that {@code @group} projects can be looked up. */
    public void addGroup(String group) {
        update(current -> current.addGroup(group));
    }

    /** A client configuration for the default user: this stub's URL and credentials, no retries. */
    public CoprConfig clientConfig() {
        return clientConfig(defaultUser());
    }

    /** A client configuration for {@code user}: this stub's URL and the user's credentials, no retries. */
    public CoprConfig clientConfig(CoprStubUser user) {
        return anonymousConfig().toBuilder().credentials(user.login(), user.token()).username(user.name()).build();
    }

    /** A client configuration without credentials. */
    public CoprConfig anonymousConfig() {
        return CoprConfig.builder().url(url()).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(30))
                .retry(RetryOptions.disabled()).build();
    }

    /** A Copr client logged in as the default user. */
    public CoprClient client() {
        return CoprClient.create(clientConfig());
    }

    /** A Copr client logged in as {@code user}. */
    public CoprClient client(CoprStubUser user) {
        return CoprClient.create(clientConfig(user));
    }

    /** How builds move on now. */
    public BuildProgression buildProgression() {
        return read(current -> current.progression);
    }

    /** Changes how builds move on from now on. */
    public void buildProgression(BuildProgression progression) {
        update(current -> current.progression = requireNonNull("progression", progression));
        if (progression == BuildProgression.TIMED) {
            timer.start();
        }
    }

    /**
     * How builds submitted from now on end when they are advanced to their end:
     * {@link BuildState#SUCCEEDED} (the default) or {@link BuildState#FAILED}.
     */
    public void buildOutcome(BuildState outcome) {
        requireOutcome(outcome);
        update(current -> current.outcome = outcome);
    }

    /** How one build ends when it is advanced to its end: {@link BuildState#SUCCEEDED} or {@link BuildState#FAILED}. */
    public void buildOutcome(long buildId, BuildState outcome) {
        requireOutcome(outcome);
        onBuild(buildId, build -> build.outcome = outcome);
    }

    /**
     * How builds submitted from now on end in one chroot, whatever {@link #buildOutcome(BuildState)}
     * says for the others: a build that failed in one chroot and succeeded in the others is
     * {@code failed}, as in Copr.
     */
    public void chrootOutcome(String chroot, BuildState outcome) {
        requireNonNull("chroot", chroot);
        requireOutcome(outcome);
        update(current -> current.chrootOutcomes.put(chroot, outcome));
    }

    /** How one build ends in one of its chroots; see {@link #chrootOutcome(String, BuildState)}. */
    public void chrootOutcome(long buildId, String chroot, BuildState outcome) {
        requireNonNull("chroot", chroot);
        requireOutcome(outcome);
        onBuild(buildId, build -> build.chrootOutcomes.put(chroot, outcome));
    }

    /**
     * The size in bytes of each RPM and SRPM of builds submitted from now on ({@link #DEFAULT_RPM_SIZE}
     * by default); a large one is generated as it is sent, never held in memory.
     */
    public void rpmSize(long bytes) {
        requireSize(bytes);
        update(current -> current.rpmSize = bytes);
    }

    /** The size in bytes of each RPM and SRPM of one build. */
    public void rpmSize(long buildId, long bytes) {
        requireSize(bytes);
        onBuild(buildId, build -> build.rpmSize = bytes);
    }

    /**
     * The files the results (and Pulp) host serves for a build in a chroot now, or with {@code
     * srpm-builds} for its source build: empty until the chroot (or source build) ended, the live logs
     * while it runs. See this module's {@code RESULTS.md}.
     * @throws IllegalArgumentException when the stub has no such build, or the build no such chroot
     */
    public List<ResultFile> resultFiles(long buildId, String chroot) {
        return read(current -> ResultsLayout.served(current, build(current, buildId), chroot));
    }

    /**
     * Makes the results and Pulp hosts misbehave for every {@code GET} of a file of this name, e.g.
     * {@code foo-1.0-1.x86_64.rpm}, until {@link #clearResultsFaults()} or {@link #reset()}.
     */
    public void resultsFault(String fileName, ResultsFault fault) {
        requireNonNull("fileName", fileName);
        requireNonNull("fault", fault);
        update(current -> current.resultsFaults.put(fileName, fault));
    }

    /** The results and Pulp hosts serve every file as they should again. */
    public void clearResultsFaults() {
        update(current -> current.resultsFaults.clear());
    }

    /** The state Copr would answer for a build now. */
    public BuildState buildState(long buildId) {
        return read(current -> build(current, buildId).state());
    }

    /**
     * Whether a build waits for another batch, as Copr's backend sees it: it was submitted with
     * {@code after_build_id} (or joined such a batch with {@code with_build_id}), and the batch it runs
     * after, or one that batch waits for, has not finished. Copr does not hand such a build to its
     * backend, so it stays {@code pending} and the stub does not move it on; it starts once that batch
     * has finished in any state, also when its builds failed or were canceled.
     */
    public boolean buildBlocked(long buildId) {
        return read(current -> build(current, buildId).blocked());
    }

    /**
     * Moves a build one state on (a finished or {@linkplain #buildBlocked blocked} build stays) and returns
     * its new state.
     */
    public BuildState advanceBuild(long buildId) {
        return onBuild(buildId, build -> BuildLifecycle.advance(state, build));
    }

    /**
     * Moves a build on until it has finished, with its outcome, and returns its final state.
     * @throws IllegalStateException when the build is {@linkplain #buildBlocked blocked}
     */
    public BuildState finishBuild(long buildId) {
        return onBuild(buildId, build -> BuildLifecycle.finish(state, build));
    }

    /**
     * Ends a build as failed now and returns its state, {@code failed} unless it had already finished.
     * @throws IllegalStateException when the build is {@linkplain #buildBlocked blocked}
     */
    public BuildState failBuild(long buildId) {
        return onBuild(buildId, build -> BuildLifecycle.fail(state, build));
    }

    /** Moves every unfinished build that is not {@linkplain #buildBlocked blocked} one state on. */
    public void advanceAllBuilds() {
        update(BuildLifecycle::advanceAll);
    }

    /**
     * Moves every unfinished build on until it has finished, each batch once the batch it waits for
     * has finished.
     */
    public void finishAllBuilds() {
        update(current -> {
            List<BuildRecord> ready;
            do {
                ready = current.builds.values().stream().filter(build -> !build.finished() && !build.blocked())
                        .toList();
                ready.forEach(build -> BuildLifecycle.finish(current, build));
            } while (!ready.isEmpty());
        });
    }

    /**
     * Rebuilds the index of the full-text project search from the projects as they are now, as Copr's
     * {@code update-indexes} cron does; with {@link SearchIndex#ON_REINDEX} (the default) a project is
     * found only after this.
     */
    public void reindex() {
        update(StubState::reindex);
    }

    /** Changes when the full-text project search sees new and changed projects, from now on. */
    public void searchIndex(SearchIndex searchIndex) {
        requireNonNull("searchIndex", searchIndex);
        update(current -> current.searchIndexMode = searchIndex);
    }

    /** The ids of all builds, oldest first. */
    public List<Long> buildIds() {
        return read(current -> List.copyOf(current.builds.keySet()));
    }

    /**
     * Answers the next {@code requests} API requests with HTTP 429 Too Many Requests and
     * {@code Retry-After} in whole seconds (a part of a second rounds up), without processing them, as
     * Copr does while it rate limits a client: to test how an application copes. Requests to an
     * endpoint that does not exist still get their 404. 0 ends it; so does {@link #reset()}.
     * @param retryAfter how long Copr asks the client to wait
     */
    public void rateLimit(int requests, Duration retryAfter) {
        requireNonNull("retryAfter", retryAfter);
        update(current -> current.rateLimit.set(requests, retryAfter));
    }

    /**
     * Answers the next {@code requests} API requests with HTTP 429 as {@link #rateLimit(int, Duration)}
     * does, without {@code Retry-After}: the client then waits its usual backoff.
     */
    public void rateLimit(int requests) {
        update(current -> current.rateLimit.set(requests, null));
    }

    /**
     * The requests received so far (since the last {@link #clearRequests()} or {@link #reset()}), in
     * order; the most recent 10,000 when there were more.
     */
    public List<RecordedRequest> requests() {
        return requests.all();
    }

    /**
     * The requests received with this method and path.
     * @param path the decoded path under {@code /api_3}, e.g. {@code /build/create/upload} (a leading
     *             {@code /api_3} is accepted too)
     */
    public List<RecordedRequest> requests(String method, String path) {
        String wanted = path.startsWith("/api_3/") ? path.substring("/api_3".length()) : path;
        return requests.all().stream()
                .filter(request -> request.method().equals(method) && request.path().equals(wanted)).toList();
    }

    /** The files of every multipart request received, in order. */
    public List<ReceivedFile> receivedFiles() {
        return requests.all().stream().flatMap(request -> request.files().stream()).toList();
    }

    /**
     * The requests the results host received, in order, with their raw path (e.g. {@code
     * /results/tester/demo/fedora-42-x86_64/00000001-foo/results.json}); a request's {@code user} names
     * whom its credentials authenticated, which a download should never have sent there.
     */
    public List<RecordedRequest> resultsRequests() {
        return resultsRequests.all();
    }

    /** The requests the Pulp host received, in order, as {@link #resultsRequests()}. */
    public List<RecordedRequest> pulpRequests() {
        return pulpRequests.all();
    }

    /** Forgets the recorded requests, those of the results and Pulp hosts too. */
    public void clearRequests() {
        requests.clear();
        resultsRequests.clear();
        pulpRequests.clear();
    }

    /**
     * Back to how the stub started: its users, groups, chroots and build settings, no projects,
     * packages, builds or recorded requests. The URL stays the same.
     */
    public void reset() {
        update(StubState::reset);
        clearRequests();
    }

    /** Stops answering and moving builds on, and frees the port. */
    @Override
    public void close() {
        timer.close();
        server.close();
        resultsServer.close();
        pulpServer.close();
    }

    @Override
    public String toString() {
        return "CoprStub[" + url() + "]";
    }

    /** One step of {@link BuildProgression#TIMED}: every unfinished build moves one state on. */
    private void timedStep() {
        update(current -> {
            if (current.progression == BuildProgression.TIMED) {
                BuildLifecycle.advanceAll(current);
            }
        });
    }

    private BuildState onBuild(long buildId, Consumer<BuildRecord> change) {
        return read(current -> {
            BuildRecord build = build(current, buildId);
            change.accept(build);
            return build.state();
        });
    }

    private static BuildRecord build(StubState state, long buildId) {
        BuildRecord build = state.builds.get(buildId);
        if (build == null) {
            throw new IllegalArgumentException("the Copr stub has no build " + buildId);
        }
        return build;
    }

    private <T> T read(Function<StubState, T> action) {
        synchronized (state) {
            return action.apply(state);
        }
    }

    private void update(Consumer<StubState> action) {
        synchronized (state) {
            action.accept(state);
        }
    }

    private static void requireSize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("an RPM's size is 0 bytes or more, was " + bytes);
        }
    }

    private static void requireOutcome(BuildState outcome) {
        if (outcome != BuildState.SUCCEEDED && outcome != BuildState.FAILED) {
            throw new IllegalArgumentException("a build ends as SUCCEEDED or FAILED, not " + outcome);
        }
    }

    private static <T> T requireNonNull(String name, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Settings of a {@link CoprStub}; all optional. */
    public static final class Builder {
        private final List<CoprStubUser> users = new ArrayList<>();
        private CoprStubUser defaultUser = DEFAULT_USER;
        private final Set<String> groups = new LinkedHashSet<>();
        private final Map<String, String> mockChroots = new LinkedHashMap<>();
        private BuildProgression progression = BuildProgression.MANUAL;
        private Duration timedStep = DEFAULT_TIMED_STEP;
        private BuildState outcome = BuildState.SUCCEEDED;
        private final Map<String, BuildState> chrootOutcomes = new LinkedHashMap<>();
        private Storage defaultStorage = Storage.BACKEND;
        private long rpmSize = DEFAULT_RPM_SIZE;
        private Clock clock = Clock.systemUTC();
        private int port;
        private SearchIndex searchIndex = SearchIndex.ON_REINDEX;
        private @Nullable BusPublisher busPublisher;

        private Builder() {
            DEFAULT_MOCK_CHROOTS.forEach(chroot -> mockChroots.put(chroot, ""));
        }

        /** The default user, instead of {@link #DEFAULT_USER}. */
        public Builder defaultUser(CoprStubUser user) {
            this.defaultUser = requireNonNull("user", user);
            return this;
        }

        /** Another user besides the default one. */
        public Builder user(CoprStubUser user) {
            requireNonNull("user", user);
            users.removeIf(existing -> existing.name().equals(user.name()));
            users.add(user);
            return this;
        }

        /** A group that exists even without members. */
        public Builder group(String group) {
            groups.add(group);
            return this;
        }

        /** The active chroots, without comments, instead of {@link #DEFAULT_MOCK_CHROOTS}. */
        public Builder mockChroots(String... chroots) {
            mockChroots.clear();
            for (String chroot : chroots) {
                mockChroot(chroot, "");
            }
            return this;
        }

        /** Adds an active chroot with the comment {@code /mock-chroots/list} shows for it; null for none. */
        public Builder mockChroot(String chroot, @Nullable String comment) {
            if (chroot == null || chroot.split("-").length < 3) {
                throw new IllegalArgumentException("a chroot is named <os>-<version>-<arch>, was '" + chroot + "'");
            }
            mockChroots.put(chroot, comment == null ? "" : comment);
            return this;
        }

        /** How builds move on; {@link BuildProgression#MANUAL} by default. */
        public Builder buildProgression(BuildProgression progression) {
            this.progression = requireNonNull("progression", progression);
            return this;
        }

        /** The time between two steps of {@link BuildProgression#TIMED}; {@link #DEFAULT_TIMED_STEP} by default. */
        public Builder timedStep(Duration step) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("a timed step is a positive duration, was " + step);
            }
            this.timedStep = step;
            return this;
        }

        /** How builds end; {@link BuildState#SUCCEEDED} by default, or {@link BuildState#FAILED}. */
        public Builder buildOutcome(BuildState outcome) {
            requireOutcome(outcome);
            this.outcome = outcome;
            return this;
        }

        /** How builds end in one chroot, whatever {@link #buildOutcome} says for the others. */
        public Builder chrootOutcome(String chroot, BuildState outcome) {
            requireNonNull("chroot", chroot);
            requireOutcome(outcome);
            chrootOutcomes.put(chroot, outcome);
            return this;
        }

        /**
         * The storage of projects created without one (Copr's {@code DEFAULT_STORAGE}): {@link Storage#BACKEND}
         * by default, or {@link Storage#PULP}, whose RPMs the stub serves on its Pulp host ({@link CoprStub#pulpUrl()}).
         */
        public Builder defaultStorage(Storage storage) {
            if (storage != Storage.BACKEND && storage != Storage.PULP) {
                throw new IllegalArgumentException("a project's storage is BACKEND or PULP, not " + storage);
            }
            this.defaultStorage = storage;
            return this;
        }

        /** The size in bytes of each RPM and SRPM a build makes; {@link #DEFAULT_RPM_SIZE} by default. */
        public Builder rpmSize(long bytes) {
            requireSize(bytes);
            this.rpmSize = bytes;
            return this;
        }

        /** The clock of Copr's timestamps ({@code submitted_on}, ...); the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull("clock", clock);
            return this;
        }

        /** The loopback port to listen on; a free one by default. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is between 0 (any free one) and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * When the full-text project search sees new and changed projects: {@link SearchIndex#ON_REINDEX}
         * by default, as Copr (after {@link CoprStub#reindex()}), or {@link SearchIndex#IMMEDIATE}.
         */
        public Builder searchIndex(SearchIndex searchIndex) {
            this.searchIndex = requireNonNull("searchIndex", searchIndex);
            return this;
        }

        /**
         * Where to publish the messages Copr's backend publishes on its message bus as builds run:
         * {@code copr.build.start} and {@code copr.chroot.start} when a build's source build (chroot
         * {@code srpm-builds}) or one of its chroots starts, {@code copr.build.end} when it ends. The
         * source build starts when the build leaves {@code pending} and ends when its sources are
         * imported; the chroots start then and end with the build. None by default.
         */
        public Builder busPublisher(BusPublisher publisher) {
            this.busPublisher = requireNonNull("publisher", publisher);
            return this;
        }

        /** Starts the stub on its loopback port. */
        public CoprStub start() {
            List<CoprStubUser> all = new ArrayList<>();
            all.add(defaultUser);
            users.stream().filter(user -> !user.name().equals(defaultUser.name())).forEach(all::add);
            return new CoprStub(new StubSettings(List.copyOf(all), Set.copyOf(groups),
                    Collections.unmodifiableMap(new LinkedHashMap<>(mockChroots)), progression, timedStep, outcome,
                    Map.copyOf(chrootOutcomes), defaultStorage, rpmSize, clock, port, searchIndex,
                    busPublisher));
        }
    }
}
