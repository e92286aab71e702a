package dev.copr.autoconfigure.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The events' metrics: the counter {@value #RECEIVED} tagged {@code topic} and {@code outcome}, and
 * the timer {@value #LAG} (from fedora-messaging's {@code sent-at} header to delivery) tagged
 * {@code topic}, in every registry Spring Boot binds this to.
 */
final class CoprEventsMeters implements CoprEventsRecorder, MeterBinder {

    /** Name of the counter of messages. */
    static final String RECEIVED = "copr.events.received";

    /** Name of the timer of the delay between sending and delivery. */
    static final String LAG = "copr.events.lag";

    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();

    @Override
    public void bindTo(MeterRegistry registry) {
        registries.add(registry);
    }

    @Override
    public void received(String topic, CoprEventsStatus.Outcome outcome) {
        for (MeterRegistry registry : registries) {
            Counter.builder(RECEIVED).description("Messages received from Copr's message bus")
                    .tag("topic", topic).tag("outcome", outcome.tag()).register(registry).increment();
        }
    }

    @Override
    public void lag(String topic, Duration lag) {
        for (MeterRegistry registry : registries) {
            Timer.builder(LAG).description("Time from sending a Copr message (its sent-at header) to its delivery")
                    .tag("topic", topic).register(registry).record(lag);
        }
    }
}
