package dev.copr.autoconfigure.events;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the events' consumer: UP while it consumes from its queue, DOWN while the listener
 * container reconnects. The details name the queue and count the messages received, also by
 * outcome as in the metrics, with the time since the last one; {@code live} says whether build
 * watchers rely on the events.
 */
final class CoprEventsHealthIndicator implements HealthIndicator {

    private final CoprEventsStatus status;

    CoprEventsHealthIndicator(CoprEventsStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Health.Builder health = status.isConnected() ? Health.up() : Health.down()
                .withDetail("error", "not connected to the message bus; the listener container keeps reconnecting");
        String queue = status.queue();
        if (queue != null) {
            health.withDetail("queue", queue);
        }
        health.withDetail("live", status.isLive()).withDetail("messagesReceived", status.received());
        Instant last = status.lastMessageAt();
        if (last != null) {
            health.withDetail("timeSinceLastMessage", Duration.between(last, status.now()).toString());
        }
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (CoprEventsStatus.Outcome outcome : CoprEventsStatus.Outcome.values()) {
            outcomes.put(outcome.tag(), status.count(outcome));
        }
        return health.withDetail("outcomes", outcomes).build();
    }
}
