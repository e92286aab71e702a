package dev.copr.test.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.project.ProjectProxy;
import dev.copr.test.CoprStub;
import dev.copr.test.spring.AutoConfigureCoprStub;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

@SpringBootTest
@AutoConfigureCoprStub(events = true)
class BuildEventsTest {

    @Autowired
    ProjectProxy projects;

    @Autowired
    BuildProxy builds;

    @Autowired
    CoprStub copr;

    @Autowired
    BuildEnds ends;

    @BeforeEach
    void forgetEarlierTests() {
        ends.received.clear();
    }

    @Test
    void listenerHearsOfTheEndOfEveryChroot() throws InterruptedException {
        projects.add("tester", "release", List.of("fedora-rawhide-x86_64"));
        Build build = builds.createFromUrl("tester", "release", "https://example.com/tool-1.0-1.src.rpm");

        copr.finishBuild(build.id());

        CoprBuildEnded sources = ends.received.poll(10, TimeUnit.SECONDS);
        CoprBuildEnded rawhide = ends.received.poll(10, TimeUnit.SECONDS);
        assertThat(sources.message().sourceBuild()).isTrue();
        assertThat(rawhide.message().chroot()).isEqualTo("fedora-rawhide-x86_64");
        assertThat(rawhide.message().state()).isEqualTo(BuildState.SUCCEEDED);
    }

    @Test
    void watcherAsksCoprOnlyWhenTheEventsSaySo() {
        projects.add("tester", "release", List.of("fedora-rawhide-x86_64", "fedora-42-x86_64", "epel-10-x86_64"));
        Build build = builds.createFromUrl("tester", "release", "https://example.com/tool-1.0-1.src.rpm");

        Build ended = builds.watcher().interval(Duration.ofMinutes(5))
                .afterEachPoll(polled -> copr.finishBuild(build.id()))
                .build().waitFor(build).get(0);

        assertThat(ended.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(copr.requests("GET", "/build/" + build.id())).hasSize(2);
    }

    /** Stands for the application's listener. */
    static class BuildEnds {

        final BlockingQueue<CoprBuildEnded> received = new LinkedBlockingQueue<>();

        @EventListener
        void on(CoprBuildEnded ended) {
            received.add(ended);
        }
    }

    /** Stands for the application's own {@code @SpringBootApplication}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(BuildEnds.class)
    static class Application {
    }
}
