package dev.copr.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildOptions;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.BuildWatcher;
import dev.copr.client.build.DependencyBuilds;
import dev.copr.client.build.DependencyOrder;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.ScmSource;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code BuildProxy.inDependencyOrder} against the stub, which orders batches as Copr does. */
class DependencyOrderTest {

    private final CoprStub copr = CoprStub.start();
    private final CoprClient client = copr.client();

    @BeforeEach
    void project() {
        client.projects().add("tester", "stack", List.of("fedora-rawhide-x86_64"));
        client.packages().add("tester", "stack", "app", PypiSource.builder("app").build());
    }

    @AfterEach
    void stop() {
        copr.close();
    }

    private DependencyOrder stack() {
        return client.builds().inDependencyOrder("tester", "stack")
                .add("app", options -> client.packages().build("tester", "stack", "app", options), "lib", "tool")
                .add("lib", ScmSource.builder("https://example.com/lib.git").build())
                .add("tool", PypiSource.builder("tool").build(), "lib");
    }

    @Test
    void eachLayerWaitsUntilTheLayerBeforeHasFinished() {
        DependencyBuilds builds = stack().submit();
        long lib = builds.build("lib").id();
        long tool = builds.build("tool").id();
        long app = builds.build("app").id();

        assertThat(builds.layers()).containsExactly(List.of("lib"), List.of("tool"), List.of("app"));
        assertThat(List.of(copr.buildBlocked(lib), copr.buildBlocked(tool), copr.buildBlocked(app)))
                .containsExactly(false, true, true);
        copr.finishBuild(lib);
        assertThat(List.of(copr.buildBlocked(tool), copr.buildBlocked(app))).containsExactly(false, true);
        copr.finishBuild(tool);
        assertThat(copr.buildBlocked(app)).isFalse();
        assertThat(copr.advanceBuild(app)).isEqualTo(BuildState.IMPORTING);
    }

    @Test
    void coprRunsTheDependentsOfAFailedBuildOnItsOwn() {
        copr.buildProgression(BuildProgression.ON_POLL);
        DependencyBuilds builds = stack().submit();
        copr.buildOutcome(builds.build("lib").id(), BuildState.FAILED);

        Map<String, Build> ended = builds.waitFor(watcher().build());

        assertThat(ended).extractingFromEntries(entry -> entry.getKey() + "=" + entry.getValue().state().coprName())
                .containsExactly("app=succeeded", "lib=failed", "tool=succeeded");
    }

    @Test
    void failedBuildsDependentsAreCanceledWhileTheyWait() {
        copr.buildProgression(BuildProgression.ON_POLL);
        DependencyBuilds builds = stack()
                .add("docs", PypiSource.builder("docs").build())
                .add("extras", PypiSource.builder("extras").build(), "docs")
                .submit();
        copr.buildOutcome(builds.build("tool").id(), BuildState.FAILED);

        Map<String, Build> ended = builds.waitFor(watcher().onStateChange(builds.cancellingDependents()).build());

        assertThat(ended).extractingFromEntries(entry -> entry.getKey() + "=" + entry.getValue().state().coprName())
                .containsExactly("app=canceled", "lib=succeeded", "tool=failed", "docs=succeeded",
                        "extras=succeeded");
        assertThat(copr.requests("PUT", "/build/cancel/" + builds.build("app").id())).hasSize(1);
        assertThat(copr.requests("GET", "/build/" + builds.build("app").id())).as("a canceled build is not polled")
                .isEmpty();
    }

    @Test
    void buildsInAnotherProjectCanJoinTheOrder() {
        client.projects().add("tester", "other", List.of("fedora-rawhide-x86_64"));
        DependencyBuilds builds = stack()
                .options(BuildOptions.builder().chroots("fedora-rawhide-x86_64").build())
                .add("plugin", options -> client.builds().createFromUrl("tester", "other",
                        "https://example.com/plugin-1.0-1.src.rpm", options), "app")
                .submit();

        copr.finishAllBuilds();

        assertThat(builds.builds().keySet()).containsExactly("app", "lib", "tool", "plugin");
        assertThat(client.builds().get(builds.build("plugin").id()).startedOn())
                .isAfterOrEqualTo(client.builds().get(builds.build("app").id()).endedOn());
    }

    private BuildWatcher.Builder watcher() {
        return client.builds().watcher().sleeper(duration -> { });
    }
}
