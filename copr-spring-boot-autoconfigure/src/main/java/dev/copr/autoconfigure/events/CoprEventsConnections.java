package dev.copr.autoconfigure.events;

import dev.copr.client.exception.CoprConfigException;

import java.security.NoSuchAlgorithmException;

import javax.net.ssl.SSLContext;

import com.rabbitmq.client.DefaultSaslConfig;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;

/**
 * The events' own connection to the bus, from {@code copr.events.*}: host and port or addresses,
 * virtual host, user and password, TLS with an SSL bundle and the client certificate login (SASL
 * EXTERNAL) Fedora's bus requires. The connection tells the broker the application's name (client
 * property {@code app}), as Fedora asks of its clients.
 */
final class CoprEventsConnections {

    /** Name of the events' connection, as the broker's management shows it. */
    static final String CONNECTION_NAME = "copr-events";

    private CoprEventsConnections() {
    }

    /** @param application the application's name, e.g. {@code spring.application.name} */
    static CachingConnectionFactory connectionFactory(CoprEventsProperties properties,
                                                      ObjectProvider<SslBundles> sslBundles, String application) {
        com.rabbitmq.client.ConnectionFactory rabbit = new com.rabbitmq.client.ConnectionFactory();
        rabbit.getClientProperties().put("app", application);
        // The listener container reconnects and re-declares the queue; the client's own recovery would compete
        rabbit.setAutomaticRecoveryEnabled(false);
        rabbit.setVirtualHost(properties.getVirtualHost());
        rabbit.setUsername(properties.getUsername());
        if (properties.getPassword() != null) {
            rabbit.setPassword(properties.getPassword());
        }
        CoprEventsProperties.Ssl ssl = properties.getSsl();
        if (ssl.isOn()) {
            rabbit.useSslProtocol(sslContext(ssl, sslBundles));
            rabbit.enableHostnameVerification();
        }
        if (properties.isSaslExternal()) {
            if (ssl.getBundle() == null) {
                throw new CoprConfigException("copr.events.sasl-external=true logs in with a client certificate, but"
                        + " copr.events.ssl.bundle names no SSL bundle to take it from: set it to a bundle with the"
                        + " certificate and key (spring.ssl.bundle.pem.<name>.keystore.*)");
            }
            rabbit.setSaslConfig(DefaultSaslConfig.EXTERNAL);
        }
        CachingConnectionFactory connectionFactory = new CachingConnectionFactory(rabbit);
        if (properties.getAddresses().isEmpty()) {
            connectionFactory.setHost(String.valueOf(properties.getHost()));
            Integer port = properties.getPort();
            connectionFactory.setPort(port != null ? port : ssl.isOn() ? 5671 : 5672);
        } else {
            connectionFactory.setAddresses(properties.getAddresses());
        }
        connectionFactory.setConnectionNameStrategy(factory -> CONNECTION_NAME);
        return connectionFactory;
    }

    private static SSLContext sslContext(CoprEventsProperties.Ssl ssl, ObjectProvider<SslBundles> sslBundles) {
        String bundle = ssl.getBundle();
        if (bundle != null) {
            return sslBundles.getObject().getBundle(bundle).createSslContext();
        }
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new CoprConfigException("copr.events.ssl.enabled=true, but the JVM has no default TLS context: name"
                    + " an SSL bundle in copr.events.ssl.bundle", e);
        }
    }
}
