package dev.copr.autoconfigure.token;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprTokenNotSavedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Renews the API token automatically ({@code copr.token-renewal.enabled}): checks at start-up and
 * then every check interval whether fewer than {@code before} days are left, and renews then, once per
 * window: a renewed token is not renewed again before half of its lifetime has passed, so a Copr
 * instance whose tokens live shorter than the window causes no renewal at every check. Each renewal is observed as {@code copr.client.token.renewal}
 * (tag {@code outcome}) and logged, never with the token. Runs on its own daemon thread, stopped
 * with the application context; no {@code @EnableScheduling} is needed.
 */
class CoprTokenRenewer implements SmartLifecycle {

    /** Name of the observation of each automatic renewal. */
    static final String OBSERVATION = "copr.client.token.renewal";

    private static final Logger log = LoggerFactory.getLogger(CoprTokenRenewer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** What one check did. */
    enum Outcome {
        /** The expiration date is not known, so the check cannot tell. */
        UNKNOWN_EXPIRATION,
        /** The token has expired; only the web UI can give a new one. */
        EXPIRED,
        /** Not yet inside the renewal window. */
        NOT_DUE,
        /** Inside the window, but the token was renewed less than half its lifetime ago. */
        RENEWED_RECENTLY,
        /** Renewed (and saved, when a store is configured). */
        RENEWED,
        /** Renewed and in use, but the configured store could not save it. */
        RENEWED_NOT_SAVED,
        /** Copr did not renew it; the next check tries again. */
        FAILED
    }

    private final CoprClient client;
    private final Duration before;
    private final Duration checkInterval;
    private final Clock clock;
    private final ObservationRegistry observations;
    private @Nullable ScheduledExecutorService executor;
    private @Nullable Instant lastRenewal;
    private @Nullable Instant nextRenewalNotBefore;
    private @Nullable Outcome lastOutcome;

    CoprTokenRenewer(CoprClient client, Duration before, Duration checkInterval, Clock clock,
                     ObservationRegistry observations) {
        this.client = client;
        this.before = before;
        this.checkInterval = checkInterval;
        this.clock = clock;
        this.observations = observations;
    }

    /** One check; renews the token when it is due. Called by the schedule, and by tests. */
    synchronized Outcome check() {
        Optional<LocalDate> expiration = client.tokenExpiration();
        Outcome outcome;
        if (expiration.isEmpty()) {
            outcome = Outcome.UNKNOWN_EXPIRATION;
        } else if (TokenExpiry.daysLeft(expiration.get(), clock) == 0) {
            outcome = Outcome.EXPIRED;
        } else if (TokenExpiry.daysLeft(expiration.get(), clock) >= before.toDays()) {
            outcome = Outcome.NOT_DUE;
        } else if (nextRenewalNotBefore != null && clock.instant().isBefore(nextRenewalNotBefore)) {
            outcome = Outcome.RENEWED_RECENTLY;
        } else {
            outcome = renew(expiration.get());
        }
        report(outcome, expiration.orElse(null));
        lastOutcome = outcome;
        return outcome;
    }

    private Outcome renew(LocalDate expiration) {
        log.info("The Copr API token expires on {} ({} days left, renewal window {} days): renewing it", expiration,
                TokenExpiry.daysLeft(expiration, clock), before.toDays());
        Observation observation = Observation.createNotStarted(OBSERVATION, observations).start();
        Outcome outcome = attempt(observation);
        observation.lowCardinalityKeyValue("outcome", outcome.name().toLowerCase(Locale.ROOT)).stop();
        if (outcome != Outcome.FAILED) {
            Instant renewedAt = clock.instant();
            lastRenewal = renewedAt;
            nextRenewalNotBefore = client.tokenExpiration()
                    .map(renewed -> renewedAt.plus(Duration.ofDays(TokenExpiry.daysLeft(renewed, clock) / 2)))
                    .orElse(null);
        }
        return outcome;
    }

    private Outcome attempt(Observation observation) {
        try (Observation.Scope scope = observation.openScope()) {
            client.renewApiToken();
            return Outcome.RENEWED;
        } catch (CoprTokenNotSavedException e) {
            observation.error(e);
            log.error("Automatic renewal of the Copr API token: {}", e.getMessage());
            return Outcome.RENEWED_NOT_SAVED;
        } catch (RuntimeException e) {
            observation.error(e);
            log.warn("Automatic renewal of the Copr API token failed: {}; next attempt in {}", e.getMessage(),
                    checkInterval);
            return Outcome.FAILED;
        }
    }

    /** Logs what needs attention, once per change of outcome. */
    private void report(Outcome outcome, @Nullable LocalDate expiration) {
        if (outcome == lastOutcome) {
            return;
        }
        switch (outcome) {
            case UNKNOWN_EXPIRATION -> log.warn("copr.token-renewal.enabled is set, but the expiration date of the"
                    + " Copr API token is unknown: set copr.token-expiration to the date shown at {} (or keep the"
                    + " '# expiration date:' line in the classic config file); no automatic renewal until then",
                    TokenExpiry.tokenPage(client));
            case EXPIRED -> log.warn("The Copr API token expired on {} and cannot be renewed through the API: get a"
                    + " new one at {}", expiration, TokenExpiry.tokenPage(client));
            case RENEWED_RECENTLY -> log.warn("The Copr API token renewed at {} expires on {}, within the renewal"
                    + " window: Copr's token lifetime is shorter than copr.token-renewal.before; the next renewal"
                    + " waits until half of its lifetime has passed ({})", lastRenewal, expiration,
                    nextRenewalNotBefore);
            default -> {
            }
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "copr-token-renewal");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkAndContinue, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    private void checkAndContinue() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Checking the Copr API token for renewal failed: {}", e.toString());
        }
    }

    /** Lets a renewal under way finish (its answer holds the only copy of the new token), then stops. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
