package dev.copr.autoconfigure.token;

import dev.copr.client.CoprClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Logs one WARN line at start-up when the API token has expired or expires within the warning
 * period ({@code copr.token-warning}); nothing otherwise.
 */
class CoprTokenExpiryWarning implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CoprTokenExpiryWarning.class);

    private final CoprClient client;
    private final Duration warning;
    private final boolean autoRenewal;
    private final Clock clock;

    CoprTokenExpiryWarning(CoprClient client, Duration warning, boolean autoRenewal, Clock clock) {
        this.client = client;
        this.warning = warning;
        this.autoRenewal = autoRenewal;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        client.tokenExpiration().ifPresent(this::warnIfDue);
    }

    private void warnIfDue(LocalDate expiration) {
        long daysLeft = TokenExpiry.daysLeft(expiration, clock);
        if (daysLeft == 0) {
            log.warn("The Copr API token expired on {}: Copr refuses it; get a new one at {}", expiration,
                    TokenExpiry.tokenPage(client));
        } else if (daysLeft < warning.toDays()) {
            log.warn("The Copr API token expires on {} ({} days left): {}", expiration, daysLeft, autoRenewal
                    ? "copr.token-renewal.enabled renews it"
                    : "renew it at " + TokenExpiry.tokenPage(client) + ", or set copr.token-renewal.enabled=true");
        }
    }
}
