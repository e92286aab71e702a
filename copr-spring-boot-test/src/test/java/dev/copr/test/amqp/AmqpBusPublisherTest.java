package dev.copr.test.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.test.CoprStub;
import dev.copr.test.bus.EmbeddedCoprBus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** The stub's messages on a real broker, as fedora-messaging publishes Copr's. */
class AmqpBusPublisherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00.750Z"), ZoneOffset.UTC);

    private static EmbeddedCoprBus bus;

    private CachingConnectionFactory consumer;
    private RabbitTemplate template;
    private Queue queue;

    @BeforeAll
    static void startBus() {
        bus = EmbeddedCoprBus.start();
    }

    @AfterAll
    static void stopBus() {
        bus.close();
    }

    @BeforeEach
    void bindQueue() {
        consumer = new CachingConnectionFactory(bus.uri());
        RabbitAdmin admin = new RabbitAdmin(consumer);
        queue = new Queue("", false, true, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic")).with("#.copr.#"));
        template = new RabbitTemplate(consumer);
    }

    @AfterEach
    void closeConsumer() {
        consumer.destroy();
    }

    @Test
    void publishesEachMessageAsFedoraMessagingDoesBeforeTheStubsCallReturns() {
        try (AmqpBusPublisher publisher = AmqpBusPublisher.connect(bus.uri());
             CoprStub copr = CoprStub.builder().clock(CLOCK).busPublisher(publisher).start()) {
            CoprClient client = copr.client();
            client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
            Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/tool-1.2-3.src.rpm");

            copr.finishBuild(build.id());

            List<Message> received = drain();
            assertThat(received).extracting(message -> message.getMessageProperties().getReceivedRoutingKey())
                    .containsExactly("org.fedoraproject.prod.copr.build.start", "org.fedoraproject.prod.copr.chroot.start",
                            "org.fedoraproject.prod.copr.build.end", "org.fedoraproject.prod.copr.build.start",
                            "org.fedoraproject.prod.copr.chroot.start", "org.fedoraproject.prod.copr.build.end");
            Message end = received.get(5);
            MessageProperties properties = end.getMessageProperties();
            assertThat(new String(end.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"user\":\"tester\","
                    + "\"copr\":\"demo\",\"owner\":\"tester\",\"pkg\":\"tool\",\"build\":1,"
                    + "\"chroot\":\"fedora-rawhide-x86_64\",\"version\":\"1.2-3\",\"status\":1,\"ip\":\"172.25.1.2\","
                    + "\"who\":\"backend.worker-rpm_build_worker:1-fedora-rawhide-x86_64\",\"pid\":20001,"
                    + "\"what\":\"build end: user:tester copr:demo build:1 pkg:tool version:1.2-3 ip:172.25.1.2"
                    + " pid:20001 status:1\"}");
            assertThat(properties.getReceivedExchange()).isEqualTo("amq.topic");
            assertThat(properties.getContentType()).isEqualTo("application/json");
            assertThat(properties.getContentEncoding()).isEqualTo("utf-8");
            assertThat(properties.getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
            assertThat(properties.getMessageId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(properties.getHeaders()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "fedora_messaging_schema", "copr.build.end",
                    "fedora_messaging_schema_package", "copr_messaging",
                    "sent-at", "2026-03-01T10:00:00+00:00",
                    "fedora_messaging_severity", 20,
                    "priority", 0,
                    "fedora_messaging_user_tester", true));
            assertThat(received.get(1).getMessageProperties().getHeaders()).containsEntry("fedora_messaging_severity", 10);
        }
    }

    @Test
    void publishesUnderAnotherPrefixAndExchange() {
        RabbitAdmin admin = new RabbitAdmin(consumer);
        admin.declareExchange(new TopicExchange("copr.events", false, true));
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("copr.events")).with("#"));
        try (AmqpBusPublisher publisher = AmqpBusPublisher.builder(bus.uri()).topicPrefix("org.fedoraproject.stg.")
                .exchange("copr.events").build();
             CoprStub copr = CoprStub.builder().busPublisher(publisher).start()) {
            CoprClient client = copr.client();
            client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
            Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/tool-1.2-3.src.rpm");

            copr.advanceBuild(build.id());

            assertThat(drain()).extracting(Message::getMessageProperties).extracting(
                    MessageProperties::getReceivedExchange, MessageProperties::getReceivedRoutingKey).containsExactly(
                    tuple("copr.events", "org.fedoraproject.stg.copr.build.start"),
                    tuple("copr.events", "org.fedoraproject.stg.copr.chroot.start"));
        }
    }

    /** The messages in the queue now: the publisher waited for the broker to route them. */
    private List<Message> drain() {
        List<Message> messages = new ArrayList<>();
        for (Message message = template.receive(queue.getActualName()); message != null;
             message = template.receive(queue.getActualName())) {
            messages.add(message);
        }
        return messages;
    }
}
