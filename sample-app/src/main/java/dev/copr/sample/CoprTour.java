package dev.copr.sample;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Shows what the injected Copr client does: the API root and, with credentials, who we are. */
@Component
class CoprTour implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoprTour.class);

    private final CoprClient copr;

    CoprTour(CoprClient copr) {
        this.copr = copr;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            log.info("Copr at {} speaks API v{}", copr.config().url(), copr.home().version());
            if (copr.config().hasCredentials()) {
                log.info("Authenticated as {}", copr.authCheck().name());
            }
        } catch (CoprException e) {
            log.warn("Copr could not be reached: {}", e.getMessage());
        }
    }
}
