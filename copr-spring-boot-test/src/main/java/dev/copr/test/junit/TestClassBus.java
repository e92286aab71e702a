package dev.copr.test.junit;

import dev.copr.test.BusPublisher;
import dev.copr.test.amqp.AmqpBusPublisher;
import dev.copr.test.bus.EmbeddedCoprBus;

/**
 * The embedded bus of a test class and the publisher of its stubs, closed together after the
 * class. The only class of the extension that uses AMQP: it is loaded only with {@code events = true}.
 */
final class TestClassBus implements AutoCloseable {

    /** The name of the bus's class, which parameters are compared to without loading it. */
    static final String BUS_CLASS = "dev.copr.test.bus.EmbeddedCoprBus";

    private final EmbeddedCoprBus bus;
    private final AmqpBusPublisher publisher;

    private TestClassBus(EmbeddedCoprBus bus) {
        this.bus = bus;
        this.publisher = AmqpBusPublisher.connect(bus.uri());
    }

    static TestClassBus start() {
        if (!present(BUS_CLASS) || !present("org.springframework.amqp.rabbit.core.RabbitTemplate")) {
            throw new IllegalStateException("@CoprStubTest(events = true) needs dev.copr:copr-test-bus and"
                    + " org.springframework.amqp:spring-rabbit on the test class path");
        }
        return new TestClassBus(EmbeddedCoprBus.start());
    }

    /** The bus, as an {@code EmbeddedCoprBus}. */
    Object bus() {
        return bus;
    }

    BusPublisher publisher() {
        return publisher;
    }

    @Override
    public void close() {
        try {
            publisher.close();
        } finally {
            bus.close();
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, TestClassBus.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
