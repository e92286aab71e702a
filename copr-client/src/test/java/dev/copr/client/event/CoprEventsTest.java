package dev.copr.client.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the messages of copr_messaging's own tests (messaging/copr_messaging/tests/test_schema.py). */
class CoprEventsTest {

    private static final Instant SENT = Instant.parse("2019-07-30T19:12:22Z");

    @Test
    void buildEndOfCoprsTestDataBecomesAnEndedEventWithEveryField() throws IOException {
        CoprBuildEvent event = CoprEvents.read("copr.build.end", fixture("build-end"), SENT).orElseThrow();

        assertThat(event).isInstanceOf(CoprBuildEnded.class);
        assertThat(event.message()).isEqualTo(new BuildChrootMessage(942697, "kbaig", "test", "fedora-29-x86_64",
                BuildState.FAILED, "tkn", "0.1.2-1.fc30", "kbaig", SENT));
        assertThat(event.message().projectFullName()).isEqualTo("kbaig/test");
    }

    @Test
    void buildStartAndChrootStartBecomeTheirOwnEvents() throws IOException {
        CoprBuildEvent started = CoprEvents.read("copr.build.start", fixture("build-start"), null).orElseThrow();
        CoprBuildEvent chroot = CoprEvents.read("copr.chroot.start", fixture("chroot-start"), null).orElseThrow();

        assertThat(started).isInstanceOf(CoprBuildStarted.class);
        assertThat(started.message().owner()).isEqualTo("@python");
        assertThat(started.message().state()).isEqualTo(BuildState.RUNNING);
        assertThat(chroot).isInstanceOf(CoprChrootStarted.class);
        assertThat(chroot.message().packageVersion()).isEqualTo("10:20190626_1356-0");
        assertThat(chroot.message().sentAt()).isNull();
    }

    @Test
    void fedmsgEnvelopeIsUnwrappedAndNullFieldsStayNull() {
        byte[] body = """
                {"msg": {"build": 7, "owner": "jdoe", "copr": "foo", "chroot": "srpm-builds", "status": 1,
                         "pkg": null, "version": null, "user": null}}
                """.getBytes(StandardCharsets.UTF_8);

        BuildChrootMessage message = CoprEvents.read("copr.build.end", body, null).orElseThrow().message();

        assertThat(message.sourceBuild()).isTrue();
        assertThat(message.state()).isEqualTo(BuildState.SUCCEEDED);
        assertThat(message.packageName()).isNull();
        assertThat(message.submitter()).isNull();
    }

    @Test
    void statusANewerCoprAddsIsUnknown() {
        byte[] body = "{\"build\": 7, \"owner\": \"jdoe\", \"copr\": \"foo\", \"chroot\": \"epel-9-x86_64\", \"status\": 42}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CoprEvents.read("copr.build.end", body, null).orElseThrow().message().state())
                .isEqualTo(BuildState.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"copr.build.created", "bodhi.update.comment", "copr.unused.build.end"})
    void otherTopicsAreNotBuildEvents(String topic) throws IOException {
        assertThat(CoprEvents.read(topic, fixture("build-end"), null)).isEmpty();
    }

    @Test
    void malformedBodiesNameTheTopicAndField() {
        assertThatThrownBy(() -> CoprEvents.read("copr.build.end", "{not json".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(CoprMessageException.class).hasMessageStartingWith("copr.build.end message is not JSON");
        assertThatThrownBy(() -> CoprEvents.read("copr.build.end",
                "{\"build\": \"7\", \"owner\": \"jdoe\"}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(CoprMessageException.class)
                .hasMessage("copr.build.end message has no whole number in field 'build'");
        assertThatThrownBy(() -> CoprEvents.read("copr.build.start", "[]".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(CoprMessageException.class).hasMessage("copr.build.start message is not a JSON object");
    }

    @Test
    void topicIsTheRoutingKeyWithoutThePrefix() {
        assertThat(CoprEvents.topic("org.fedoraproject.prod.copr.build.end", "org.fedoraproject.prod."))
                .contains("copr.build.end");
        assertThat(CoprEvents.topic("copr.build.end", "")).contains("copr.build.end");
        assertThat(CoprEvents.topic("org.fedoraproject.stg.copr.build.end", "org.fedoraproject.prod.")).isEmpty();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CoprEventsTest.class.getResourceAsStream("/copr-messages/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
