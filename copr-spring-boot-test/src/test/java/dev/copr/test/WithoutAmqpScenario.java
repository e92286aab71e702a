package dev.copr.test;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.project.ProjectProxy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What {@link WithoutAmqpTest} runs in its class loader without AMQP: a build on a plain stub, one in Spring Boot. */
public final class WithoutAmqpScenario {

    private static final String SRPM = "https://example.com/tool-1.2-3.src.rpm";

    private WithoutAmqpScenario() {
    }

    /** The final states of the two builds. */
    public static List<String> run() {
        List<String> states = new ArrayList<>();
        try (CoprStub copr = CoprStub.builder().buildProgression(BuildProgression.ON_POLL).start()) {
            CoprClient client = copr.client();
            states.add(build(client.projects(), client.builds()));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WithoutAmqpScenario.class.getClassLoader());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("copr.stub.enabled=true", "copr.stub.build-progression=on-poll", "copr.config-file=none",
                        "spring.main.banner-mode=off")
                .run()) {
            states.add(build(context.getBean(ProjectProxy.class), context.getBean(BuildProxy.class)));
        } finally {
            thread.setContextClassLoader(previous);
        }
        return states;
    }

    private static String build(ProjectProxy projects, BuildProxy builds) {
        projects.add("tester", "demo", List.of("fedora-rawhide-x86_64"));
        Build build = builds.createFromUrl("tester", "demo", SRPM);
        return builds.watcher().sleeper(pause -> { }).build().waitFor(build).get(0).state().coprName();
    }

    /** An application with the starter and the stub. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
