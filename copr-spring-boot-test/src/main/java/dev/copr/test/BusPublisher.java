package dev.copr.test;

/**
 * Where a {@link CoprStub} publishes the messages Copr's backend would publish on its message bus
 * as the stub's builds run ({@link CoprStub.Builder#busPublisher}): e.g. the test kit's
 * {@code dev.copr.test.amqp.AmqpBusPublisher}, or {@code messages::add} to collect them.
 *
 * <p>Called in the order of the state changes, on the thread that makes them, while the stub holds
 * the lock of its state: an implementation must not call the stub. One that throws is logged, and
 * the stub goes on, as Copr's backend does when the bus fails.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface BusPublisher {

    /** Publishes one message. */
    void publish(BusMessage message);
}
