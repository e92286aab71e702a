package dev.copr.autoconfigure.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Copr's build events from its message bus ({@code copr.events.*}). Without {@code host} or
 * {@code addresses} the events use Spring Boot's RabbitMQ connection ({@code spring.rabbitmq.*});
 * with either, they get a connection of their own, so that an application keeps {@code spring.rabbitmq.*}
 * for its own broker.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "copr.events", ignoreUnknownFields = false)
public class CoprEventsProperties {

    /**
     * Whether to consume Copr's build events from the message bus; needs spring-rabbit on the class path.
     */
    private boolean enabled;

    /**
     * Host of the message bus, e.g. rabbitmq.fedoraproject.org; when set (or addresses), the events
     * connect on their own with the copr.events.* settings instead of through spring.rabbitmq.*.
     */
    private @Nullable String host;

    /**
     * Port of the message bus. Unset: 5671 with TLS, else 5672.
     */
    private @Nullable Integer port;

    /**
     * Hosts of the message bus as host[:port], tried in order; replaces host and port.
     */
    private List<String> addresses = new ArrayList<>();

    /**
     * Virtual host on the message bus; Fedora's public one is /public_pubsub.
     */
    private String virtualHost = "/";

    /**
     * Login user; with sasl-external the broker takes the name from the client certificate instead.
     * Fedora's public bus: fedora.
     */
    private String username = "guest";

    /**
     * Login password; Fedora's public bus has none.
     */
    private @Nullable String password;

    /**
     * Whether to log in with the client certificate of the SSL bundle (SASL EXTERNAL), as Fedora's
     * bus requires, instead of with username and password.
     */
    private boolean saslExternal;

    /**
     * Prefix of the routing keys before Copr's topics (copr.build.end, ...); the queue is bound for
     * '<prefix>copr.#'. Fedora's staging bus: org.fedoraproject.stg.
     */
    private String topicPrefix = "org.fedoraproject.prod.";

    /**
     * Topic exchange Copr publishes to. It is only bound to, never declared.
     */
    private String exchange = "amq.topic";

    /**
     * How many messages the bus may send ahead of the one being handled.
     */
    private int prefetch = 25;

    /**
     * Owners (user, or @group) whose events are published as application events; empty: all. An
     * event passes when its owner is listed here or its project in projects. Build watchers get
     * every build's end regardless.
     */
    private List<String> owners = new ArrayList<>();

    /**
     * Projects (owner/name) whose events are published as application events; empty: all. An event
     * passes when its project is listed here or its owner in owners.
     */
    private List<String> projects = new ArrayList<>();

    /**
     * How long without any message the events count as not live, so that build watchers fall back
     * to polling Copr. Fedora's Copr builds around the clock, every chroot sending messages, so a
     * long silence rather means a stuck consumer; raise it for a quiet private Copr.
     */
    private Duration silenceTimeout = Duration.ofMinutes(10);

    private final Ssl ssl = new Ssl();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getHost() {
        return host;
    }

    public void setHost(@Nullable String host) {
        this.host = host;
    }

    public @Nullable Integer getPort() {
        return port;
    }

    public void setPort(@Nullable Integer port) {
        this.port = port;
    }

    public List<String> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<String> addresses) {
        this.addresses = addresses;
    }

    public String getVirtualHost() {
        return virtualHost;
    }

    public void setVirtualHost(String virtualHost) {
        this.virtualHost = virtualHost;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public boolean isSaslExternal() {
        return saslExternal;
    }

    public void setSaslExternal(boolean saslExternal) {
        this.saslExternal = saslExternal;
    }

    public String getTopicPrefix() {
        return topicPrefix;
    }

    public void setTopicPrefix(String topicPrefix) {
        this.topicPrefix = topicPrefix;
    }

    public String getExchange() {
        return exchange;
    }

    public void setExchange(String exchange) {
        this.exchange = exchange;
    }

    public int getPrefetch() {
        return prefetch;
    }

    public void setPrefetch(int prefetch) {
        this.prefetch = prefetch;
    }

    public List<String> getOwners() {
        return owners;
    }

    public void setOwners(List<String> owners) {
        this.owners = owners;
    }

    public List<String> getProjects() {
        return projects;
    }

    public void setProjects(List<String> projects) {
        this.projects = projects;
    }

    public Duration getSilenceTimeout() {
        return silenceTimeout;
    }

    public void setSilenceTimeout(Duration silenceTimeout) {
        this.silenceTimeout = silenceTimeout;
    }

    public Ssl getSsl() {
        return ssl;
    }

    /** Whether the events connect on their own rather than through Spring Boot's RabbitMQ connection. */
    boolean hasOwnConnection() {
        return host != null || !addresses.isEmpty();
    }

    @Override
    public String toString() {
        return "CoprEventsProperties[host=" + host + ", addresses=" + addresses + ", virtualHost=" + virtualHost
                + ", username=" + username + ", password=" + (password == null ? "none" : "****") + "]";
    }

    /** TLS of the events' own connection. */
    public static class Ssl {

        /**
         * Whether to connect with TLS. Unset: when a bundle is named.
         */
        private @Nullable Boolean enabled;

        /**
         * Name of the SSL bundle (spring.ssl.bundle.*) with the CA that signed the bus's certificate
         * and, for sasl-external, the client certificate and key. Unset with TLS: the JVM's trust store.
         */
        private @Nullable String bundle;

        public @Nullable Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(@Nullable Boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getBundle() {
            return bundle;
        }

        public void setBundle(@Nullable String bundle) {
            this.bundle = bundle;
        }

        /** Whether TLS is on: as set, else when a bundle is named. */
        boolean isOn() {
            return enabled != null ? enabled : bundle != null;
        }
    }
}
