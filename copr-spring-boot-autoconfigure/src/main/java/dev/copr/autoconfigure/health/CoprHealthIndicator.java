package dev.copr.autoconfigure.health;

import dev.copr.autoconfigure.token.TokenExpiry;
import dev.copr.client.CoprClient;
import dev.copr.client.CoprUser;
import dev.copr.client.exception.CoprException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of the configured Copr: {@code auth-check} with credentials (UP with {@code url} and
 * {@code user}), the API root without ({@code authenticated: false}). DOWN with HTTP status and
 * Copr's error text, or the exception type when Copr did not answer. The check is bounded by its
 * own timeout and its result is reused for a while, so frequent probes do not hammer Copr.
 *
 * <p>A configured user name that is not whom the token belongs to adds a {@code usernameWarning}
 * detail, since {@code authUsername()} answers the configured one without asking Copr.
 *
 * <p>When the token's expiration is known, the details add {@code tokenExpires} (the last valid
 * day) and {@code tokenDaysLeft} (days on which it still works, today included). Fewer days left
 * than the warning period report the warning status (UP by default) with a {@code warning}
 * detail; an expired token is DOWN. These parts are computed on each call, never cached.
 *
 * @since 0.1.0
 */
public class CoprHealthIndicator implements HealthIndicator, DisposableBean {

    private final CoprClient client;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Duration tokenWarning;
    private final Status tokenWarningStatus;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "copr-health");
        thread.setDaemon(true);
        return thread;
    });
    private @Nullable CachedHealth cached;

    /** An indicator that warns 14 days before the token expires, keeping the status UP. */
    public CoprHealthIndicator(CoprClient client, Duration timeout, Duration cacheTtl, Clock clock) {
        this(client, timeout, cacheTtl, clock, Duration.ofDays(14), Status.UP);
    }

    /**
     * @param client the client to check
     * @param timeout longest wait for the check
     * @param cacheTtl how long a result is reused
     * @param clock the time source of the cache and of the token's days left
     * @param tokenWarning warn when fewer days than this are left (whole days count)
     * @param tokenWarningStatus the status while warning, e.g. UP or a custom {@code WARNING}
     */
    public CoprHealthIndicator(CoprClient client, Duration timeout, Duration cacheTtl, Clock clock,
                               Duration tokenWarning, Status tokenWarningStatus) {
        this.client = client;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
        this.tokenWarning = tokenWarning;
        this.tokenWarningStatus = tokenWarningStatus;
    }

    private record CachedHealth(Health health, Instant checkedAt) {
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.checkedAt().plus(cacheTtl))) {
            cached = new CachedHealth(check(), now);
        }
        return withToken(cached.health());
    }

    private Health withToken(Health checked) {
        Optional<LocalDate> expiration = client.tokenExpiration();
        if (expiration.isEmpty()) {
            return checked;
        }
        long daysLeft = TokenExpiry.daysLeft(expiration.get(), clock);
        Health.Builder health = Health.status(checked.getStatus()).withDetails(checked.getDetails())
                .withDetail("tokenExpires", expiration.get().toString()).withDetail("tokenDaysLeft", daysLeft);
        if (!Status.UP.equals(checked.getStatus())) {
            return health.build();
        }
        if (daysLeft == 0) {
            return health.status(Status.DOWN).withDetail("error", "the Copr API token expired on " + expiration.get()
                    + "; get a new one at " + TokenExpiry.tokenPage(client)).build();
        }
        if (daysLeft < tokenWarning.toDays()) {
            health.status(tokenWarningStatus).withDetail("warning", "the Copr API token expires on " + expiration.get()
                    + " (" + daysLeft + " days left): renew it at " + TokenExpiry.tokenPage(client)
                    + " or with copr.token-renewal.enabled=true");
        }
        return health.build();
    }

    private Health check() {
        CompletableFuture<Health> check = CompletableFuture.supplyAsync(this::ask, executor);
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            return down().withDetail("error", "no answer within " + timeout).withDetail("exception",
                    TimeoutException.class.getName()).build();
        } catch (ExecutionException e) {
            return down(Objects.requireNonNullElse(e.getCause(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down().withDetail("error", "health check interrupted").build();
        }
    }

    private Health ask() {
        try {
            if (!client.config().hasCredentials()) {
                int version = client.home().version();
                return Health.up().withDetail("url", url()).withDetail("authenticated", false)
                        .withDetail("apiVersion", version).build();
            }
            CoprUser user = client.authCheck();
            Health.Builder health = Health.up().withDetail("url", url()).withDetail("authenticated", true)
                    .withDetail("user", user.name());
            String configured = client.config().username();
            if (configured != null && !configured.equals(user.name())) {
                // authUsername() answers the configured name without asking, so it would be wrong
                health.withDetail("usernameWarning", "copr.username is '" + configured + "' but the token belongs to '"
                        + user.name() + "': correct copr.username (or username in the classic config file)");
            }
            return health.build();
        } catch (RuntimeException e) {
            return down(e);
        }
    }

    private Health down(Throwable failure) {
        Health.Builder health = down().withDetail("exception", failure.getClass().getName());
        if (failure instanceof CoprException copr) {
            if (copr.getStatus() > 0) {
                health.withDetail("status", copr.getStatus());
            }
            String error = copr.getCoprError() != null ? copr.getCoprError() : copr.getMessage();
            if (error != null) {
                health.withDetail("error", error);
            }
        }
        return health.build();
    }

    private Health.Builder down() {
        return Health.down().withDetail("url", url());
    }

    private String url() {
        return client.config().url().toString();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
