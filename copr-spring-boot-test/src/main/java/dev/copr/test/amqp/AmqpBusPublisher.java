package dev.copr.test.amqp;

import dev.copr.test.BusMessage;
import dev.copr.test.BusPublisher;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageBuilderSupport;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes a {@code CoprStub}'s bus messages to an AMQP 0-9-1 broker the way Copr's backend
 * publishes them through fedora-messaging: to the topic exchange {@value #DEFAULT_EXCHANGE} under
 * the routing key {@code <prefix><topic>} (prefix {@value #DEFAULT_TOPIC_PREFIX}), as JSON
 * ({@code application/json}, {@code utf-8}), persistent, with a random message id and
 * fedora-messaging's headers: {@code fedora_messaging_schema} (the topic),
 * {@code fedora_messaging_schema_package} ({@code copr_messaging}), {@code sent-at} (e.g.
 * {@code 2026-03-01T10:00:00+00:00}), {@code fedora_messaging_severity}, {@code priority} (0) and
 * {@code fedora_messaging_user_<name>} ({@code true}) for each user the message concerns.
 *
 * <pre>{@code
 * try (EmbeddedCoprBus bus = EmbeddedCoprBus.start();
 *      AmqpBusPublisher publisher = AmqpBusPublisher.connect(bus.uri());
 *      CoprStub copr = CoprStub.builder().busPublisher(publisher).start()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Each message waits for the broker's confirm, so that when a stub's call returns, its messages
 * are in the queues bound for them. Thread-safe; needs Spring AMQP ({@code spring-rabbit}).
 *
 * @since 0.1.0
 */
public final class AmqpBusPublisher implements BusPublisher, AutoCloseable {

    /** The prefix of the routing keys on Fedora's bus. */
    public static final String DEFAULT_TOPIC_PREFIX = "org.fedoraproject.prod.";

    /** The exchange Copr publishes to on Fedora's bus. */
    public static final String DEFAULT_EXCHANGE = "amq.topic";

    /** Name of the publisher's connection, as the broker shows it. */
    static final String CONNECTION_NAME = "copr-stub";

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);
    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final CachingConnectionFactory connectionFactory;
    private final RabbitTemplate template;
    private final String topicPrefix;
    private final String exchange;

    private AmqpBusPublisher(Builder builder) {
        this.connectionFactory = new CachingConnectionFactory(builder.uri);
        connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
        connectionFactory.setConnectionNameStrategy(factory -> CONNECTION_NAME);
        this.template = new RabbitTemplate(connectionFactory);
        this.topicPrefix = builder.topicPrefix;
        this.exchange = builder.exchange;
    }

    /**
     * A publisher to the broker of an AMQP URI ({@code amqp://user:password@host:port/virtual-host},
     * e.g. {@code EmbeddedCoprBus.uri()}) with Fedora's prefix and exchange. It connects on the
     * first message.
     */
    public static AmqpBusPublisher connect(URI uri) {
        return builder(uri).build();
    }

    /** A builder, to choose the prefix or exchange. */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    /**
     * Publishes one message and waits until the broker confirms it.
     * @throws org.springframework.amqp.AmqpException when the broker cannot be reached or does not confirm
     */
    @Override
    public void publish(BusMessage message) {
        Message amqp = message(message);
        String routingKey = topicPrefix + message.topic();
        template.invoke(operations -> {
            operations.send(exchange, routingKey, amqp);
            operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
            return true;
        });
    }

    /** The prefix before each topic. */
    public String topicPrefix() {
        return topicPrefix;
    }

    /** The exchange published to. */
    public String exchange() {
        return exchange;
    }

    /** Closes the connection. */
    @Override
    public void close() {
        connectionFactory.destroy();
    }

    @Override
    public String toString() {
        return "AmqpBusPublisher[" + connectionFactory.getHost() + ":" + connectionFactory.getPort() + ", exchange="
                + exchange + ", prefix=" + topicPrefix + "]";
    }

    private static Message message(BusMessage message) {
        MessageBuilderSupport<Message> amqp = MessageBuilder.withBody(message.json())
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("utf-8")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(UUID.randomUUID().toString())
                .setHeader("fedora_messaging_schema", message.topic())
                .setHeader("fedora_messaging_schema_package", "copr_messaging")
                .setHeader("sent-at", SENT_AT.format(message.sentAt().atOffset(ZoneOffset.UTC)))
                .setHeader("fedora_messaging_severity", message.severity())
                .setHeader("priority", 0);
        message.usernames().forEach(user -> amqp.setHeader("fedora_messaging_user_" + user, true));
        return amqp.build();
    }

    /** Settings of an {@link AmqpBusPublisher}. */
    public static final class Builder {

        private final URI uri;
        private String topicPrefix = DEFAULT_TOPIC_PREFIX;
        private String exchange = DEFAULT_EXCHANGE;

        private Builder(URI uri) {
            this.uri = uri;
        }

        /** The prefix before each topic, {@value AmqpBusPublisher#DEFAULT_TOPIC_PREFIX} unless told otherwise. */
        public Builder topicPrefix(String topicPrefix) {
            this.topicPrefix = topicPrefix;
            return this;
        }

        /** The topic exchange to publish to, {@value AmqpBusPublisher#DEFAULT_EXCHANGE} unless told otherwise. */
        public Builder exchange(String exchange) {
            this.exchange = exchange;
            return this;
        }

        /** The publisher; it connects on its first message. */
        public AmqpBusPublisher build() {
            return new AmqpBusPublisher(this);
        }
    }
}
