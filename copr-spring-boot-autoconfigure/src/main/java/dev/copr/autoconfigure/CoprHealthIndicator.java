package dev.copr.autoconfigure;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprException;
import dev.copr.client.CoprUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the configured Copr: {@code auth-check} with credentials (UP with {@code url} and
 * {@code user}), the API root without ({@code authenticated: false}). DOWN with HTTP status and
 * Copr's error text, or the exception type when Copr did not answer. The check is bounded by its
 * own timeout and its result is reused for a while, so frequent probes do not hammer Copr.
 */
public class CoprHealthIndicator implements HealthIndicator, DisposableBean {

    private final CoprClient client;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "copr-health");
        thread.setDaemon(true);
        return thread;
    });
    private CachedHealth cached;

    /**
     * @param client the client to check
     * @param timeout longest wait for the check
     * @param cacheTtl how long a result is reused
     * @param clock the time source of the cache
     */
    public CoprHealthIndicator(CoprClient client, Duration timeout, Duration cacheTtl, Clock clock) {
        this.client = client;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    private record CachedHealth(Health health, Instant checkedAt) {
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.checkedAt().plus(cacheTtl))) {
            cached = new CachedHealth(check(), now);
        }
        return cached.health();
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
            return down(e.getCause());
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
            return Health.up().withDetail("url", url()).withDetail("authenticated", true)
                    .withDetail("user", user.name()).build();
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
            health.withDetail("error", copr.getCoprError() != null ? copr.getCoprError() : copr.getMessage());
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
