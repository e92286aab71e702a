package dev.copr.test.bus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.logging.NullMessageLogger;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Connection;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.Queue;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;
import org.jspecify.annotations.Nullable;

/**
 * An AMQP 0-9-1 broker inside the test JVM, shaped like Fedora's public message bus: virtual host
 * {@value #VIRTUAL_HOST} with its topic exchange {@code amq.topic}, on a free port of 127.0.0.1,
 * with one user ({@value #USERNAME}, password {@value #PASSWORD}). Copr's build events can be
 * published to it and consumed from it offline, e.g. by the starter's {@code copr.events.*}
 * consumer.
 *
 * <pre>{@code
 * try (EmbeddedCoprBus bus = EmbeddedCoprBus.start()) {
 *     // copr.events.host=127.0.0.1, copr.events.port=bus.port(), copr.events.virtual-host=bus.virtualHost(), ...
 * }
 * }</pre>
 *
 * <p>The broker is Apache Qpid Broker-J with its in-memory store: it keeps nothing on disk (its work
 * directory is a temporary one, deleted on {@link #close()}), and its operational messages
 * ({@code qpid.message.*}) are not logged. Starting the first broker of a JVM takes one to three
 * seconds, later ones a few hundred milliseconds. Thread-safe.
 *
 * @since 0.1.0
 */
public final class EmbeddedCoprBus implements AutoCloseable {

    /** The virtual host, named like Fedora's public one. */
    public static final String VIRTUAL_HOST = "/public_pubsub";

    /** The user that logs in with {@link #PASSWORD} (SASL PLAIN). */
    public static final String USERNAME = "copr-bus";

    /** The password of {@link #USERNAME}. */
    public static final String PASSWORD = "copr-bus-secret";

    private static final String HOST = "127.0.0.1";
    private static final Duration DELIVERY_CHECK = Duration.ofMillis(5);

    private final SystemLauncher launcher;
    private final Broker<?> broker;
    private final Path workDir;
    private final int port;
    private final int tlsPort;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedCoprBus(SystemLauncher launcher, Broker<?> broker, Path workDir) {
        this.launcher = launcher;
        this.broker = broker;
        this.workDir = workDir;
        this.port = boundPort(broker, "AMQP");
        this.tlsPort = broker.getPorts().stream().anyMatch(port -> port.getName().equals("AMQPS"))
                ? boundPort(broker, "AMQPS") : -1;
    }

    /** A bus with a plain AMQP port, already accepting connections. */
    public static EmbeddedCoprBus start() {
        return builder().start();
    }

    /** A builder, to open a TLS port too before starting. */
    public static Builder builder() {
        return new Builder();
    }

    /** The host to connect to: {@code 127.0.0.1}. */
    public String host() {
        return HOST;
    }

    /** The plain AMQP port. */
    public int port() {
        return port;
    }

    /**
     * The TLS port, where clients log in with a certificate (SASL EXTERNAL) as on Fedora's bus.
     * @throws IllegalStateException when the bus was started without {@link Builder#tls}
     */
    public int tlsPort() {
        if (tlsPort < 0) {
            throw new IllegalStateException("this bus has no TLS port: start it with EmbeddedCoprBus.builder().tls(...)");
        }
        return tlsPort;
    }

    /** The virtual host, {@value #VIRTUAL_HOST}. */
    public String virtualHost() {
        return VIRTUAL_HOST;
    }

    /** The user name for the plain port, {@value #USERNAME}. */
    public String username() {
        return USERNAME;
    }

    /** The password for the plain port, {@value #PASSWORD}. */
    public String password() {
        return PASSWORD;
    }

    /**
     * The plain port as an AMQP URI with the credentials and the virtual host, e.g.
     * {@code amqp://copr-bus:copr-bus-secret@127.0.0.1:40123/%2Fpublic_pubsub}, as RabbitMQ's
     * {@code ConnectionFactory.setUri} takes it.
     */
    public URI uri() {
        return URI.create("amqp://" + USERNAME + ":" + PASSWORD + "@" + HOST + ":" + port + "/%2F"
                + VIRTUAL_HOST.substring(1));
    }

    /**
     * Waits until every queue that has a consumer holds no message, i.e. what was published so far
     * has been delivered and acknowledged (a consumer that acknowledges after handling a message,
     * as Spring AMQP's listener containers do, has handled it). Queues without consumers are not
     * waited for.
     *
     * @return whether the queues were drained within the timeout
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (undelivered() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(DELIVERY_CHECK.toMillis());
        }
        return true;
    }

    /**
     * Closes every client connection from the broker's side, as a broker restart or a network
     * failure would, so that reconnecting consumers can be tested.
     */
    public void dropConnections() {
        broker.getPorts().stream()
                .flatMap(port -> port.getChildren(Connection.class).stream())
                .<Connection<?>>map(connection -> (Connection<?>) connection)
                .toList()
                .forEach(Connection::delete);
    }

    /** Stops the broker, closing its connections, and deletes its work directory; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            launcher.shutdown();
        } finally {
            deleteWorkDir(workDir);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedCoprBus[amqp://" + HOST + ":" + port + VIRTUAL_HOST + "]";
    }

    private long undelivered() {
        return broker.getVirtualHostNodes().stream()
                .map(VirtualHostNode::getVirtualHost)
                .filter(Objects::nonNull)
                .flatMap(host -> ((VirtualHost<?>) host).getChildren(Queue.class).stream())
                .map(queue -> (Queue<?>) queue)
                .filter(queue -> queue.getConsumerCount() > 0)
                .mapToLong(Queue::getQueueDepthMessages)
                .sum();
    }

    private static int boundPort(Broker<?> broker, String name) {
        Port<?> port = broker.getPorts().stream().filter(candidate -> candidate.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the embedded broker has no port " + name));
        return port.getBoundPort();
    }

    private static void deleteWorkDir(Path workDir) {
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the embedded bus's work directory " + workDir, e);
        }
    }

    /** Settings of an {@link EmbeddedCoprBus}. */
    public static final class Builder {

        private @Nullable Tls tls;

        private Builder() {
        }

        /**
         * Opens a second port with TLS, as Fedora's bus has, where clients log in with a certificate
         * signed by {@code clientCa} (SASL EXTERNAL; the user is the certificate's common name).
         *
         * @param certificate the bus's certificate (PEM), valid for 127.0.0.1 or localhost
         * @param privateKey the certificate's private key (PEM, PKCS#8)
         * @param clientCa the certificate (PEM) of the CA that signs the clients' certificates
         */
        public Builder tls(Path certificate, Path privateKey, Path clientCa) {
            this.tls = new Tls(certificate, privateKey, clientCa);
            return this;
        }

        /**
         * Starts the broker.
         * @throws IllegalStateException when it does not start
         */
        public EmbeddedCoprBus start() {
            Path workDir;
            try {
                workDir = Files.createTempDirectory("copr-bus-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a work directory for the embedded bus", e);
            }
            AtomicReference<@Nullable SystemConfig<?>> resolved = new AtomicReference<>();
            SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
                @Override
                public void onContainerResolve(SystemConfig<?> systemConfig) {
                    // Broker-J's operational log (qpid.message.*): some 50 INFO lines per run
                    systemConfig.getEventLogger().setMessageLogger(new NullMessageLogger());
                    resolved.set(systemConfig);
                }
            });
            try {
                launcher.startup(attributes(workDir));
            } catch (Exception e) {
                launcher.shutdown();
                deleteWorkDir(workDir);
                throw new IllegalStateException("the embedded Copr bus did not start: " + e.getMessage(), e);
            }
            SystemConfig<?> systemConfig = Objects.requireNonNull(resolved.get(), "the broker was resolved");
            return new EmbeddedCoprBus(launcher, (Broker<?>) systemConfig.getContainer(), workDir);
        }

        private Map<String, Object> attributes(Path workDir) {
            Map<String, String> context = new HashMap<>();
            context.put("qpid.work_dir", workDir.toString());
            context.put("copr.bus.username", USERNAME);
            context.put("copr.bus.password", PASSWORD);
            // A few test connections: a handful of threads rather than Broker-J's 64 per virtual host
            context.put("virtualhost.connectionThreadPool.size", "4");
            context.put("virtualhost.connectionThreadPool.numberOfSelectors", "1");
            context.put("qpid.port.amqp.threadPool.size", "2");
            context.put("qpid.port.amqp.threadPool.numberOfSelectors", "1");
            Tls current = tls;
            if (current != null) {
                context.put("copr.bus.tls.certificate", current.certificate().toUri().toString());
                context.put("copr.bus.tls.private-key", current.privateKey().toUri().toString());
                context.put("copr.bus.tls.client-ca", current.clientCa().toUri().toString());
            }
            String config = current == null ? "embedded-copr-bus.json" : "embedded-copr-bus-tls.json";
            URL location = Objects.requireNonNull(EmbeddedCoprBus.class.getResource(config), config);
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(SystemConfig.TYPE, "Memory");
            attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, location.toExternalForm());
            attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
            // Preferences would go to a JSON file in the work directory
            attributes.put("preferenceStoreAttributes", "{\"type\": \"Noop\"}");
            attributes.put("context", context);
            return attributes;
        }
    }

    private record Tls(Path certificate, Path privateKey, Path clientCa) {
    }
}
