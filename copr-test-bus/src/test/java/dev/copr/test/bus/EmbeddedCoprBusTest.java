package dev.copr.test.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpAuthenticationException;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

import com.rabbitmq.client.ShutdownSignalException;

class EmbeddedCoprBusTest {

    private static final String COPR_KEYS = "org.fedoraproject.prod.copr.#";

    private static EmbeddedCoprBus bus;

    private CachingConnectionFactory connectionFactory;

    @BeforeAll
    static void startBus() {
        bus = EmbeddedCoprBus.start();
    }

    @AfterAll
    static void stopBus() {
        bus.close();
    }

    @AfterEach
    void closeClient() {
        if (connectionFactory != null) {
            connectionFactory.destroy();
        }
    }

    @Test
    void routesMessagesOfAmqTopicToTheQueuesBoundForThem() {
        RabbitAdmin admin = new RabbitAdmin(connect(bus.uri()));
        // Not auto-delete: the queue outlives the consumer of the first receive
        Queue queue = new Queue("", false, true, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with(COPR_KEYS));
        RabbitTemplate template = new RabbitTemplate(connectionFactory);

        template.send("amq.topic", "org.fedoraproject.prod.bodhi.update.comment", message("bodhi"));
        template.send("amq.topic", "org.fedoraproject.prod.copr.build.end", message("copr"));

        Message received = template.receive(queue.getActualName(), 5000);
        assertThat(received).isNotNull();
        assertThat(new String(received.getBody(), StandardCharsets.UTF_8)).isEqualTo("copr");
        assertThat(received.getMessageProperties().getReceivedRoutingKey())
                .isEqualTo("org.fedoraproject.prod.copr.build.end");
        assertThat(template.receive(queue.getActualName())).isNull();
    }

    @Test
    void connectsWithHostPortVirtualHostAndCredentials() {
        CachingConnectionFactory factory = new CachingConnectionFactory(bus.host(), bus.port());
        factory.setVirtualHost(bus.virtualHost());
        factory.setUsername(bus.username());
        factory.setPassword(bus.password());
        connectionFactory = factory;

        assertThat(factory.createConnection().isOpen()).isTrue();
        assertThat(bus.uri()).isEqualTo(URI.create("amqp://copr-bus:copr-bus-secret@127.0.0.1:" + bus.port()
                + "/%2Fpublic_pubsub"));
    }

    @Test
    void refusesAWrongPassword() {
        connect(URI.create("amqp://copr-bus:wrong@127.0.0.1:" + bus.port() + "/%2Fpublic_pubsub"));

        assertThatThrownBy(connectionFactory::createConnection).isInstanceOf(AmqpAuthenticationException.class);
    }

    @Test
    void awaitDeliveredWaitsUntilTheConsumersAcknowledged() throws InterruptedException {
        RabbitAdmin admin = new RabbitAdmin(connect(bus.uri()));
        Queue queue = new Queue("", false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with(COPR_KEYS));
        CountDownLatch handled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(queue);
        container.setMessageListener(message -> {
            handled.countDown();
            await(release);
        });
        container.start();
        try {
            new RabbitTemplate(connectionFactory).send("amq.topic", "org.fedoraproject.prod.copr.build.end",
                    message("copr"));
            assertThat(handled.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(bus.awaitDelivered(Duration.ofMillis(50))).isFalse();
            release.countDown();
            assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        } finally {
            release.countDown();
            container.stop();
        }
    }

    @Test
    void dropConnectionsClosesTheClientsConnections() throws InterruptedException {
        CountDownLatch shutDown = new CountDownLatch(1);
        connect(bus.uri()).addConnectionListener(new ConnectionListener() {
            @Override
            public void onCreate(org.springframework.amqp.rabbit.connection.Connection connection) {
            }

            @Override
            public void onShutDown(ShutdownSignalException signal) {
                shutDown.countDown();
            }
        });
        connectionFactory.createConnection();

        bus.dropConnections();

        assertThat(shutDown.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void hasATlsPortOnlyWhenAsked() {
        assertThatThrownBy(bus::tlsPort).isInstanceOf(IllegalStateException.class)
                .hasMessage("this bus has no TLS port: start it with EmbeddedCoprBus.builder().tls(...)");
    }

    @Test
    void writesNothingToTheWorkingDirectoryAndLogsNoOperationalMessages() throws IOException {
        Path workingDirectory = Path.of("").toAbsolutePath();
        List<Path> before = list(workingDirectory);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try (EmbeddedCoprBus another = EmbeddedCoprBus.start()) {
            new RabbitTemplate(connect(another.uri())).send("amq.topic", "org.fedoraproject.prod.copr.build.end",
                    message("copr"));
            connectionFactory.destroy();
        } finally {
            root.detachAppender(logged);
        }

        assertThat(list(workingDirectory)).isEqualTo(before);
        assertThat(logged.list).extracting(ILoggingEvent::getLoggerName).noneMatch(name -> name.startsWith("qpid."));
    }

    private CachingConnectionFactory connect(URI uri) {
        connectionFactory = new CachingConnectionFactory(uri);
        return connectionFactory;
    }

    private static Message message(String body) {
        return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
