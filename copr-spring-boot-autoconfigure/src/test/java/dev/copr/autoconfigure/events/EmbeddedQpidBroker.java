package dev.copr.autoconfigure.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Connection;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.SystemConfig;
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
 * Apache Qpid Broker-J in the test JVM, shaped like Fedora's public bus: an in-memory virtual host
 * {@code /public_pubsub} with its predeclared {@code amq.topic}, and two AMQP 0-9-1 ports on
 * 127.0.0.1 with ephemeral numbers: one with PLAIN login of a fixed user, one with TLS and a client
 * certificate login (SASL EXTERNAL), as Fedora's bus has. The TLS material in {@code events-tls/}
 * (a test CA, the broker's certificate for localhost and 127.0.0.1, a client certificate) is valid
 * until 2126. Publishes copr_messaging's test bodies the way fedora-messaging does. Register with
 * {@code @RegisterExtension static}.
 */
final class EmbeddedQpidBroker implements BeforeAllCallback, AfterAllCallback {

    static final String USER = "copr-events";
    static final String PASSWORD = "copr-events-secret";
    static final String VIRTUAL_HOST = "/public_pubsub";
    static final String PREFIX = "org.fedoraproject.prod.";

    private @Nullable SystemLauncher launcher;
    private @Nullable Broker<?> broker;
    private @Nullable Path workDir;
    private @Nullable CachingConnectionFactory publisherConnection;
    private int port;
    private int tlsPort;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        stop();
    }

    void start() throws Exception {
        workDir = Files.createTempDirectory("qpid-work");
        URL config = Objects.requireNonNull(getClass().getResource("/qpid-events-test.json"));
        AtomicReference<SystemConfig<?>> systemConfig = new AtomicReference<>();
        launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> resolved) {
                systemConfig.set(resolved);
            }
        });
        Map<String, String> context = new HashMap<>();
        context.put("qpid.work_dir", workDir.toString());
        context.put("copr.events.test.user", USER);
        context.put("copr.events.test.password", PASSWORD);
        URL tls = Objects.requireNonNull(getClass().getResource("/events-tls"));
        context.put("copr.events.test.tls", Path.of(tls.toURI()).toString());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory");
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, config.toExternalForm());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put("preferenceStoreAttributes", "{\"type\": \"Noop\"}");
        attributes.put("context", context);
        launcher.startup(attributes);
        broker = (Broker<?>) systemConfig.get().getContainer();
        port = port("AMQP").getBoundPort();
        tlsPort = port("AMQPS").getBoundPort();
    }

    void stop() throws IOException {
        if (publisherConnection != null) {
            publisherConnection.destroy();
            publisherConnection = null;
        }
        if (launcher != null) {
            launcher.shutdown();
            launcher = null;
        }
        if (workDir != null) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    int port() {
        return port;
    }

    /** The port with TLS and client certificate login. */
    int tlsPort() {
        return tlsPort;
    }

    /** Properties that give the events a connection of their own to this broker. */
    String[] ownConnection() {
        return new String[] {"copr.events.enabled=true", "copr.events.host=127.0.0.1", "copr.events.port=" + port,
                "copr.events.virtual-host=" + VIRTUAL_HOST, "copr.events.username=" + USER,
                "copr.events.password=" + PASSWORD};
    }

    /** Properties of Spring Boot's RabbitMQ connection to this broker. */
    String[] bootConnection() {
        return new String[] {"spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + port,
                "spring.rabbitmq.virtual-host=" + VIRTUAL_HOST, "spring.rabbitmq.username=" + USER,
                "spring.rabbitmq.password=" + PASSWORD};
    }

    /** Closes every client connection from the broker's side, as a broker restart or a network failure would. */
    void dropConnections() {
        List<Connection<?>> connections = Objects.requireNonNull(broker).getPorts().stream()
                .flatMap(port -> port.getChildren(Connection.class).stream())
                .<Connection<?>>map(connection -> (Connection<?>) connection).toList();
        connections.forEach(Connection::delete);
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
            publisherConnection = new CachingConnectionFactory("127.0.0.1", port);
            publisherConnection.setUsername(USER);
            publisherConnection.setPassword(PASSWORD);
            publisherConnection.setVirtualHost(VIRTUAL_HOST);
        }
        return publisherConnection;
    }

    private Port<?> port(String name) {
        return Objects.requireNonNull(broker).getPorts().stream()
                .filter(port -> port.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no port " + name));
    }
}
