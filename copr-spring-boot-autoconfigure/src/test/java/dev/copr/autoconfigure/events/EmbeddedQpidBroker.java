package dev.copr.autoconfigure.events;

import dev.copr.test.bus.EmbeddedCoprBus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageBuilderSupport;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The test kit's {@link EmbeddedCoprBus} (Apache Qpid Broker-J in the test JVM, shaped like Fedora's
 * public bus: virtual host {@code /public_pubsub} with its predeclared {@code amq.topic}) for one
 * test class, with its TLS port too: clients log in there with a client certificate (SASL
 * EXTERNAL), as on Fedora's bus. The TLS material in {@code events-tls/} (a test CA, the broker's
 * certificate for localhost and 127.0.0.1, a client certificate) is valid until 2126. Publishes
 * copr_messaging's test bodies the way fedora-messaging does. Register with
 * {@code @RegisterExtension static}.
 */
final class EmbeddedQpidBroker implements BeforeAllCallback, AfterAllCallback {

    static final String USER = EmbeddedCoprBus.USERNAME;
    static final String PASSWORD = EmbeddedCoprBus.PASSWORD;
    static final String VIRTUAL_HOST = EmbeddedCoprBus.VIRTUAL_HOST;
    static final String PREFIX = "org.fedoraproject.prod.";

    private @Nullable EmbeddedCoprBus bus;
    private @Nullable CachingConnectionFactory publisherConnection;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    void start() {
        bus = EmbeddedCoprBus.builder()
                .tls(tlsFile("broker.pem"), tlsFile("broker.key"), tlsFile("ca.pem"))
                .start();
    }

    void stop() {
        if (publisherConnection != null) {
            publisherConnection.destroy();
            publisherConnection = null;
        }
        if (bus != null) {
            bus.close();
            bus = null;
        }
    }

    int port() {
        return bus().port();
    }

    /** The port with TLS and client certificate login. */
    int tlsPort() {
        return bus().tlsPort();
    }

    /** Properties that give the events a connection of their own to this broker. */
    String[] ownConnection() {
        return new String[] {"copr.events.enabled=true", "copr.events.host=127.0.0.1", "copr.events.port=" + port(),
                "copr.events.virtual-host=" + VIRTUAL_HOST, "copr.events.username=" + USER,
                "copr.events.password=" + PASSWORD};
    }

    /** Properties of Spring Boot's RabbitMQ connection to this broker. */
    String[] bootConnection() {
        return new String[] {"spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + port(),
                "spring.rabbitmq.virtual-host=" + VIRTUAL_HOST, "spring.rabbitmq.username=" + USER,
                "spring.rabbitmq.password=" + PASSWORD};
    }

    /** Closes every client connection from the broker's side, as a broker restart or a network failure would. */
    void dropConnections() {
        bus().dropConnections();
    }

    /** Publishes copr_messaging's test body {@code copr-messages/<fixture>} under {@code <prefix><topic>}. */
    void publishFixture(String topic, String fixture, @Nullable Instant sentAt) {
        publish(PREFIX + topic, fixture(fixture), sentAt);
    }

    /** Publishes to {@code amq.topic} with fedora-messaging's properties and headers. */
    void publish(String routingKey, byte[] body, @Nullable Instant sentAt) {
        String topic = routingKey.startsWith(PREFIX) ? routingKey.substring(PREFIX.length()) : routingKey;
        MessageBuilderSupport<Message> message = MessageBuilder.withBody(body)
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("utf-8")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(UUID.randomUUID().toString())
                .setHeader("fedora_messaging_schema", topic)
                .setHeader("fedora_messaging_schema_package", "copr_messaging")
                .setHeader("fedora_messaging_severity", 20)
                .setHeader("priority", 0);
        if (sentAt != null) {
            message.setHeader(CoprEventsListener.SENT_AT, sentAt.toString().replace("Z", "+00:00"));
        }
        Message built = message.build();
        new RabbitTemplate(publisherConnection()).send("amq.topic", routingKey, built);
    }

    static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                EmbeddedQpidBroker.class.getResourceAsStream("/copr-messages/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized CachingConnectionFactory publisherConnection() {
        if (publisherConnection == null) {
            publisherConnection = new CachingConnectionFactory(bus().uri());
        }
        return publisherConnection;
    }

    private EmbeddedCoprBus bus() {
        return Objects.requireNonNull(bus, "the broker was started");
    }

    private static Path tlsFile(String name) {
        URL file = Objects.requireNonNull(EmbeddedQpidBroker.class.getResource("/events-tls/" + name), name);
        try {
            return Path.of(file.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
