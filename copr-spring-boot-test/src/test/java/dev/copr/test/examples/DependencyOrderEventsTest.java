package dev.copr.test.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.build.DependencyBuilds;
import dev.copr.client.project.ProjectProxy;
import dev.copr.client.source.PypiSource;
import dev.copr.test.CoprStub;
import dev.copr.test.spring.AutoConfigureCoprStub;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** Dependents of a failed build are canceled as soon as Copr's message bus tells of the failure. */
@SpringBootTest
@AutoConfigureCoprStub(events = true)
class DependencyOrderEventsTest {

    @Autowired
    ProjectProxy projects;

    @Autowired
    BuildProxy builds;

    @Autowired
    CoprStub copr;

    @Test
    void busEventOfAFailureCancelsTheDependents() {
        projects.add("tester", "stack", List.of("fedora-rawhide-x86_64"));
        DependencyBuilds stack = builds.inDependencyOrder("tester", "stack")
                .add("lib", PypiSource.builder("lib").build())
                .add("app", PypiSource.builder("app").build(), "lib")
                .submit();
        long lib = stack.build("lib").id();
        long app = stack.build("app").id();

        Map<String, Build> ended = stack.waitFor(builds.watcher().interval(Duration.ofMinutes(5))
                .timeout(Duration.ofSeconds(30))
                .onStateChange(stack.cancellingDependents())
                .afterEachPoll(polled -> copr.failBuild(lib))
                .build());

        assertThat(ended.get("lib").state()).isEqualTo(BuildState.FAILED);
        assertThat(ended.get("app").state()).isEqualTo(BuildState.CANCELED);
        assertThat(copr.requests("GET", "/build/" + lib)).as("first poll, then the one the bus asked for").hasSize(2);
        assertThat(copr.requests("PUT", "/build/cancel/" + app)).hasSize(1);
        assertThat(copr.requests("GET", "/build/" + app)).isEmpty();
    }

    /** Stands for the application's own {@code @SpringBootApplication}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
