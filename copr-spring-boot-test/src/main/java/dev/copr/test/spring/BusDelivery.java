package dev.copr.test.spring;

import dev.copr.test.bus.EmbeddedCoprBus;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * Waits until the consumers of a context's embedded buses have handled what was published, so that
 * the events of one test do not reach the listeners of the next after the stub was reset. Loaded
 * only when copr-test-bus is on the class path.
 */
final class BusDelivery {

    private static final Logger log = LoggerFactory.getLogger(BusDelivery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private BusDelivery() {
    }

    static void await(ApplicationContext context) {
        for (EmbeddedCoprBus bus : context.getBeanProvider(EmbeddedCoprBus.class).orderedStream().toList()) {
            try {
                if (!bus.awaitDelivered(TIMEOUT)) {
                    log.warn("{} still holds undelivered messages after {}; resetting the Copr stub all the same", bus,
                            TIMEOUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
