package dev.copr.autoconfigure;

import dev.copr.client.CoprClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Days left of the client's API token: the days on which it still works, today (in the clock's
 * zone) included. 1 on the expiration date itself, 0 once it has expired.
 */
final class TokenExpiry {

    private TokenExpiry() {
    }

    static long daysLeft(LocalDate expiration, Clock clock) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock), expiration) + 1);
    }

    /** Days left of the client's current token, or empty when its expiration is unknown. */
    static OptionalLong daysLeft(CoprClient client, Clock clock) {
        return client.tokenExpiration().map(expiration -> OptionalLong.of(daysLeft(expiration, clock)))
                .orElse(OptionalLong.empty());
    }

    /** Where Copr's web UI shows and renews the token of the client's instance. */
    static String tokenPage(CoprClient client) {
        return client.config().url() + "/api";
    }
}
