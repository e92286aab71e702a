package dev.copr.sample;

import dev.copr.client.event.BuildChrootMessage;
import dev.copr.client.event.CoprBuildEnded;
import dev.copr.client.event.CoprBuildStarted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs the starts and ends Copr announces on its message bus ({@code copr.events.enabled}, e.g. the "events" profile). */
@Component
@ConditionalOnBooleanProperty("copr.events.enabled")
class BuildEventsLog {

    private static final Logger log = LoggerFactory.getLogger(BuildEventsLog.class);

    @EventListener
    void on(CoprBuildStarted started) {
        BuildChrootMessage build = started.message();
        log.info("Copr bus: build {} started in {}", build.buildId(), build.chroot());
    }

    @EventListener
    void on(CoprBuildEnded ended) {
        BuildChrootMessage build = ended.message();
        log.info("Copr bus: build {} {} in {}", build.buildId(), build.state().coprName(), build.chroot());
    }
}
