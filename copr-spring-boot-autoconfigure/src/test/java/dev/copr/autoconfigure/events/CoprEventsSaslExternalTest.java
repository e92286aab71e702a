package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.event.CoprBuildEnded;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The events log in to the broker's TLS port with the client certificate of a PEM SSL bundle (SASL
 * EXTERNAL), as to Fedora's bus, and verify the broker's certificate and host name.
 */
class CoprEventsSaslExternalTest {

    @RegisterExtension
    static EmbeddedQpidBroker broker = new EmbeddedQpidBroker();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, CoprEventsAutoConfiguration.class))
            .withBean(CoprEventsEndToEndTest.Received.class)
            .withPropertyValues("copr.events.enabled=true", "copr.events.host=localhost",
                    "copr.events.port=" + broker.tlsPort(), "copr.events.virtual-host=/public_pubsub",
                    "copr.events.username=fedora", "copr.events.ssl.bundle=coprbus",
                    "spring.ssl.bundle.pem.coprbus.keystore.certificate=classpath:events-tls/client.pem",
                    "spring.ssl.bundle.pem.coprbus.keystore.private-key=classpath:events-tls/client.key",
                    "spring.ssl.bundle.pem.coprbus.truststore.certificate=classpath:events-tls/ca.pem");

    @Test
    void logsInWithTheClientCertificate() {
        runner.withPropertyValues("copr.events.sasl-external=true").run(context -> {
            CoprEventsEndToEndTest.awaitConnected(context);

            broker.publishFixture("copr.build.end", "build-end.json", Instant.now());

            assertThat(context.getBean(CoprEventsEndToEndTest.Received.class).next())
                    .isInstanceOf(CoprBuildEnded.class);
        });
    }

    @Test
    void withoutSaslExternalTheBrokerRefusesTheLoginAndStartUpGoesOn() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ConnectionFactory connectionFactory = context.getBean(CoprEventsConsumer.class).connectionFactory();

            assertThatThrownBy(connectionFactory::createConnection).isInstanceOf(AmqpException.class)
                    .hasMessageContaining("server offered [EXTERNAL]");
            assertThat(context.getBean(CoprEventsStatus.class).isConnected()).isFalse();
        });
    }
}
