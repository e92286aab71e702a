package dev.copr.test.spring;

import dev.copr.test.bus.EmbeddedCoprBus;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Points {@code copr.events.*} at the embedded bus of the stub while {@code copr.stub.enabled} and
 * {@code copr.stub.events} are true, ahead of every other property source, as a service connection
 * would: enabled, the bus's address, virtual host and credentials, no TLS. The values are resolved
 * when asked for, because {@code @AutoConfigureCoprStub(events = true)} sets its properties after
 * the environment was prepared and the bus's port is known only once it runs: the bus starts on the
 * first value asked for, or when {@link CoprStubEventsAutoConfiguration} takes it as a bean, which
 * closes it with the context. Should the application fail to start before, {@link #closeOnFailure}
 * closes it.
 */
final class CoprStubBusPropertySource extends PropertySource<Object> {

    static final String NAME = "coprStubBus";

    private static final String PREFIX = "copr.events.";
    private static final Set<String> KEYS = Set.of("enabled", "host", "port", "addresses", "virtual-host", "username",
            "password", "sasl-external", "ssl.enabled");

    private final ConfigurableEnvironment environment;
    private @Nullable EmbeddedCoprBus bus;

    private CoprStubBusPropertySource(ConfigurableEnvironment environment) {
        super(NAME);
        this.environment = environment;
    }

    /** Adds a source to an environment, first, unless it has one; returns the environment's source. */
    static CoprStubBusPropertySource addTo(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().get(NAME) instanceof CoprStubBusPropertySource existing) {
            return existing;
        }
        CoprStubBusPropertySource source = new CoprStubBusPropertySource(environment);
        environment.getPropertySources().addFirst(source);
        return source;
    }

    /**
     * The bus {@code copr.events.*} point at in this environment, started if it does not run yet.
     * @throws IllegalStateException when the environment has no such source: it was not prepared by
     *         {@code SpringApplication}
     */
    static EmbeddedCoprBus bus(ConfigurableEnvironment environment) {
        if (!(environment.getPropertySources().get(NAME) instanceof CoprStubBusPropertySource source)) {
            throw new IllegalStateException("copr.stub.events=true needs the copr.events.* of the embedded bus,"
                    + " which an application started by SpringApplication (or @SpringBootTest) gets");
        }
        return source.bus();
    }

    @Override
    public @Nullable Object getProperty(String name) {
        if (!name.startsWith(PREFIX) || !KEYS.contains(name.substring(PREFIX.length())) || !active()) {
            return null;
        }
        return switch (name.substring(PREFIX.length())) {
            case "enabled" -> "true";
            case "host" -> bus().host();
            case "port" -> String.valueOf(bus().port());
            // Ahead of the host, should the application list addresses of its own
            case "addresses" -> bus().host() + ":" + bus().port();
            case "virtual-host" -> bus().virtualHost();
            case "username" -> bus().username();
            case "password" -> bus().password();
            default -> "false";
        };
    }

    /** A listener that closes the bus when the application fails to start. */
    ApplicationListener<ApplicationFailedEvent> closeOnFailure() {
        return new CloseOnFailure(this);
    }

    private boolean active() {
        return environment.getProperty("copr.stub.enabled", Boolean.class, false)
                && environment.getProperty("copr.stub.events", Boolean.class, false);
    }

    private synchronized EmbeddedCoprBus bus() {
        EmbeddedCoprBus started = bus;
        if (started == null) {
            started = EmbeddedCoprBus.start();
            bus = started;
        }
        return started;
    }

    private synchronized void close() {
        if (bus != null) {
            bus.close();
            bus = null;
        }
    }

    /** Closes the bus of a source when the application fails to start (its bean may not exist yet). */
    private record CloseOnFailure(CoprStubBusPropertySource source) implements ApplicationListener<ApplicationFailedEvent> {

        @Override
        public void onApplicationEvent(ApplicationFailedEvent event) {
            source.close();
        }
    }
}
