package dev.copr.autoconfigure.events;

import dev.copr.autoconfigure.events.CoprEventsStatus.Outcome;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.event.CoprBuildEvent;
import dev.copr.client.event.CoprEvents;
import dev.copr.client.exception.CoprMessageException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Turns each message from the bus into a {@link CoprBuildEvent}: the topic from the routing key, the
 * event from the body and fedora-messaging's {@code sent-at} header. A build end goes to the build
 * watchers' signals, then an event for the configured owners and projects is published as an
 * application event. Nothing is thrown back to the listener container, so that no message is
 * redelivered in a loop: unknown topics and unreadable bodies are counted and logged at DEBUG, a
 * failing application listener at WARN.
 */
final class CoprEventsListener implements MessageListener {

    /** fedora-messaging's header with the time of sending, e.g. {@code 2019-07-30T19:12:22+00:00}. */
    static final String SENT_AT = "sent-at";

    private static final Logger log = LoggerFactory.getLogger(CoprEventsListener.class);

    private final String topicPrefix;
    private final CoprEventsFilter filter;
    private final ApplicationEventPublisher publisher;
    private final BusBuildEndSignals signals;
    private final CoprEventsStatus status;
    private final CoprEventsRecorder recorder;

    CoprEventsListener(String topicPrefix, CoprEventsFilter filter, ApplicationEventPublisher publisher,
                       BusBuildEndSignals signals, CoprEventsStatus status, CoprEventsRecorder recorder) {
        this.topicPrefix = topicPrefix;
        this.filter = filter;
        this.publisher = publisher;
        this.signals = signals;
        this.status = status;
        this.recorder = recorder;
    }

    @Override
    public void onMessage(Message message) {
        MessageProperties properties = message.getMessageProperties();
        String routingKey = String.valueOf(properties.getReceivedRoutingKey());
        Optional<String> topic = CoprEvents.topic(routingKey, topicPrefix);
        String topicTag = topic.orElse(routingKey);
        Instant sentAt = sentAt(properties);
        if (sentAt != null) {
            Duration lag = Duration.between(sentAt, status.now());
            recorder.lag(topicTag, lag.isNegative() ? Duration.ZERO : lag);
        }
        CoprBuildEvent event;
        try {
            event = topic.isEmpty() ? null : CoprEvents.read(topic.get(), message.getBody(), sentAt).orElse(null);
        } catch (CoprMessageException e) {
            log.debug("Ignored a message with routing key {}: {}", routingKey, e.getMessage());
            count(topicTag, Outcome.MALFORMED);
            return;
        }
        if (event == null) {
            log.debug("Ignored a message with routing key {}: not a Copr build topic", routingKey);
            count(topicTag, Outcome.UNKNOWN_TOPIC);
            return;
        }
        if (event instanceof CoprBuildEnded ended) {
            signals.ended(ended.message());
        }
        if (!filter.passes(event.message())) {
            count(topicTag, Outcome.FILTERED);
            return;
        }
        // Before the listeners run, so that they see the message counted
        count(topicTag, Outcome.PUBLISHED);
        publish(event);
    }

    private void count(String topic, Outcome outcome) {
        status.received(outcome);
        recorder.received(topic, outcome);
    }

    private void publish(CoprBuildEvent event) {
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("An application listener failed on {} of build {} ({}); the message is not redelivered",
                    event.topic(), event.message().buildId(), event.message().chroot(), e);
        }
    }

    private static @Nullable Instant sentAt(MessageProperties properties) {
        Object header = properties.getHeader(SENT_AT);
        if (header == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(header.toString()).toInstant();
        } catch (DateTimeException e) {
            log.debug("Ignored the {} header '{}': not an ISO 8601 time with offset", SENT_AT, header);
            return null;
        }
    }
}
