package dev.copr.benchmarks;

import dev.copr.client.CoprClient;

import java.lang.management.ManagementFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Child JVM: a Spring Boot application (web or not, from {@code spring.main.web-application-type})
 * that starts, prints how long the JVM took to get there in wall and CPU time and how many
 * {@link CoprClient} beans it has, and stops. Run with and without the starter on the class path.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApp {

    /** Arguments are passed to Spring Boot, e.g. {@code --copr.url=...}. */
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupApp.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            long readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            long cpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000;
            System.out.println("ready " + readyMillis + " cpu " + cpuMillis + " copr-clients "
                    + context.getBeanNamesForType(CoprClient.class).length);
        }
    }
}
