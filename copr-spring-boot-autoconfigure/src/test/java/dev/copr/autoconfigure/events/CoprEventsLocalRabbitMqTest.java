package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copr.client.event.CoprBuildEnded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Against a real RabbitMQ on localhost:5672 with the guest user (e.g. {@code podman run -p 5672:5672
 * rabbitmq}), which refuses to declare {@code amq.topic}: skipped when none is running.
 */
class CoprEventsLocalRabbitMqTest {

    @BeforeAll
    static void rabbitMqIsRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", 5672), 200);
        } catch (IOException e) {
            assumeTrue(false, "no RabbitMQ on localhost:5672");
        }
    }

    @Test
    void receivesABuildEndThroughSpringBootsConnection() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class,
                        CoprEventsAutoConfiguration.class))
                .withBean(CoprEventsEndToEndTest.Received.class)
                .withPropertyValues("copr.events.enabled=true")
                .run(context -> {
                    CoprEventsEndToEndTest.awaitConnected(context);

                    RabbitTemplate template = context.getBean(RabbitTemplate.class);
                    template.send("amq.topic", EmbeddedQpidBroker.PREFIX + "copr.build.end",
                            MessageBuilder.withBody(EmbeddedQpidBroker.fixture("build-end.json"))
                                    .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                                    .setHeader(CoprEventsListener.SENT_AT, "2019-06-20T15:04:13+00:00").build());

                    assertThat(context.getBean(CoprEventsEndToEndTest.Received.class).next())
                            .isInstanceOf(CoprBuildEnded.class);
                });
    }
}
