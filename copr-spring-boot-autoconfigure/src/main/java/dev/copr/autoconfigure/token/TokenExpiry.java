package dev.copr.autoconfigure.token;

import dev.copr.client.CoprClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Days left of the client's API token: the days on which it still works, today (in the clock's
 * zone) included. 1 on the expiration date itself, 0 once it has expired. Shared by the start-up
 * warning, the {@code copr} health indicator and the {@code copr.client.token.remaining} gauge, so
 * that all three count alike.
 *
 * @since 0.1.0
 */
public final class TokenExpiry {

    private TokenExpiry() {
    }

    /** Days left of a token that is valid until {@code expiration}, today included. */
    public static long daysLeft(LocalDate expiration, Clock clock) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(clock), expiration) + 1);
    }

    /** Days left of the client's current token, or empty when its expiration is unknown. */
    public static OptionalLong daysLeft(CoprClient client, Clock clock) {
        return client.tokenExpiration().map(expiration -> OptionalLong.of(daysLeft(expiration, clock)))
                .orElse(OptionalLong.empty());
    }

    /** Where Copr's web UI shows and renews the token of the client's instance. */
    public static String tokenPage(CoprClient client) {
        return client.config().url() + "/api";
    }
}
