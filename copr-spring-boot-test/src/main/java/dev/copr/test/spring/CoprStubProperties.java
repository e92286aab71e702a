package dev.copr.test.spring;

import dev.copr.client.build.BuildState;
import dev.copr.test.BuildProgression;
import dev.copr.test.CoprStub;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Copr stub that {@code copr.stub.enabled} starts in the application context.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("copr.stub")
public class CoprStubProperties {

    /** Whether to start an in-process Copr stub and connect the Copr client to it. */
    private boolean enabled;

    /** How the stub's builds move through Copr's states. */
    private BuildProgression buildProgression = BuildProgression.MANUAL;

    /** Time between two steps of the timed build progression, each moving every unfinished build one state on. */
    private Duration timedStep = CoprStub.DEFAULT_TIMED_STEP;

    /**
     * How the stub's builds end in these chroots (succeeded or failed), e.g. one failing chroot to see
     * what a failure looks like; builds succeed in the others.
     */
    private Map<String, BuildState> chrootOutcomes = new LinkedHashMap<>();

    /**
     * Whether the stub publishes its builds' events to an embedded AMQP bus, to which copr.events.*
     * are pointed; needs dev.copr:copr-test-bus and spring-rabbit on the class path.
     */
    private boolean events;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public BuildProgression getBuildProgression() {
        return buildProgression;
    }

    public void setBuildProgression(BuildProgression buildProgression) {
        this.buildProgression = buildProgression;
    }

    public Duration getTimedStep() {
        return timedStep;
    }

    public void setTimedStep(Duration timedStep) {
        this.timedStep = timedStep;
    }

    public Map<String, BuildState> getChrootOutcomes() {
        return chrootOutcomes;
    }

    public void setChrootOutcomes(Map<String, BuildState> chrootOutcomes) {
        this.chrootOutcomes = chrootOutcomes;
    }

    public boolean isEvents() {
        return events;
    }

    public void setEvents(boolean events) {
        this.events = events;
    }
}
