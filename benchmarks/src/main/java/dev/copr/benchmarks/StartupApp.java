package dev.copr.benchmarks;

import dev.copr.client.CoprClient;

import java.lang.management.ManagementFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Child JVM: a minimal Spring Boot application (no web server) that starts, prints how long the
 * JVM took to get there and how many {@link CoprClient} beans it has, and stops. Run with and
 * without the starter on the class path.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApp {

    /** Arguments are passed to Spring Boot, e.g. {@code --copr.url=...}. */
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupApp.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            long readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("ready " + readyMillis + " copr-clients " + context.getBeanNamesForType(CoprClient.class).length);
        }
    }
}
