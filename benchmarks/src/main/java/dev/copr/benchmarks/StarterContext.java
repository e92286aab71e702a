package dev.copr.benchmarks;

import dev.copr.client.build.BuildProxy;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application with the starter, pointed at the stub, whose {@link BuildProxy} bean
 * is measured: the way most users get a client. Retries are off, as for the plain client; the
 * stub takes any credentials.
 */
final class StarterContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private StarterContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static StarterContext start(String url) {
        return start("--copr.url=" + url, "--copr.login=bench", "--copr.token=bench", "--copr.config-file=none",
                "--copr.retry.max-attempts=1", "--logging.level.root=WARN");
    }

    /** An application started with these arguments alone. */
    static StarterContext start(String... args) {
        return new StarterContext(new SpringApplicationBuilder(StartupApp.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args));
    }

    /** The proxy bean the starter defines. */
    BuildProxy builds() {
        return context.getBean(BuildProxy.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
