package dev.copr.test.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildState;
import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.event.CoprBuildEvent;
import dev.copr.client.event.CoprBuildStarted;
import dev.copr.client.event.CoprChrootStarted;
import dev.copr.client.event.CoprEvents;
import dev.copr.test.CoprStub;
import dev.copr.test.bus.EmbeddedCoprBus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** {@code @CoprStubTest(events = true)}: the stubs of a test class publish to the bus it shares. */
@CoprStubTest(events = true)
class CoprStubEventsTest {

    private static EmbeddedCoprBus classBus;

    private CachingConnectionFactory consumer;
    private RabbitTemplate template;
    private Queue queue;

    @BeforeAll
    static void bus(EmbeddedCoprBus bus) {
        classBus = bus;
    }

    @BeforeEach
    void bindQueue(EmbeddedCoprBus bus, CoprClient client) {
        consumer = new CachingConnectionFactory(bus.uri());
        RabbitAdmin admin = new RabbitAdmin(consumer);
        queue = new Queue("", false, true, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange("amq.topic"))
                .with("org.fedoraproject.prod.copr.#"));
        template = new RabbitTemplate(consumer);
        client.projects().add("tester", "demo", List.of("fedora-rawhide-x86_64"));
    }

    @AfterEach
    void closeConsumer() {
        consumer.destroy();
    }

    @Test
    void stubPublishesItsBuildsEventsToTheBus(CoprStub copr, CoprClient client) {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Build build = client.builds().createFromUrl("tester", "demo", "https://example.com/tool-1.2-3.src.rpm");

        copr.finishBuild(build.id());

        List<Message> messages = received();
        assertThat(messages).extracting(CoprStubEventsTest::sentAt).allSatisfy(sentAt ->
                assertThat(sentAt).isBetween(before, Instant.now()));
        assertThat(messages).extracting(CoprStubEventsTest::event).containsExactly(
                new CoprBuildStarted(message(build, "srpm-builds", BuildState.RUNNING, null, null)),
                new CoprChrootStarted(message(build, "srpm-builds", BuildState.RUNNING, null, null)),
                new CoprBuildEnded(message(build, "srpm-builds", BuildState.SUCCEEDED, null, null)),
                new CoprBuildStarted(message(build, "fedora-rawhide-x86_64", BuildState.RUNNING, "tool", "1.2-3")),
                new CoprChrootStarted(message(build, "fedora-rawhide-x86_64", BuildState.RUNNING, "tool", "1.2-3")),
                new CoprBuildEnded(message(build, "fedora-rawhide-x86_64", BuildState.SUCCEEDED, "tool", "1.2-3")));
    }

    @Test
    void theTestClassSharesOneBus(EmbeddedCoprBus bus) {
        assertThat(bus).isSameAs(classBus);
    }

    private List<Message> received() {
        List<Message> messages = new ArrayList<>();
        for (Message message = template.receive(queue.getActualName()); message != null;
             message = template.receive(queue.getActualName())) {
            messages.add(message);
        }
        return messages;
    }

    /** The event, without the time it was sent: the stub takes it from its clock. */
    private static CoprBuildEvent event(Message message) {
        String topic = CoprEvents.topic(message.getMessageProperties().getReceivedRoutingKey(),
                "org.fedoraproject.prod.").orElseThrow();
        return CoprEvents.read(topic, message.getBody(), null).orElseThrow();
    }

    private static Instant sentAt(Message message) {
        return OffsetDateTime.parse(message.getMessageProperties().getHeader("sent-at").toString()).toInstant();
    }

    private static BuildChrootMessage message(Build build, String chroot, BuildState state, String pkg,
                                              String version) {
        return new BuildChrootMessage(build.id(), "tester", "demo", chroot, state, pkg, version, "tester", null);
    }
}
