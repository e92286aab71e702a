package dev.copr.client.event;

import dev.copr.client.build.BuildState;
import dev.copr.client.exception.CoprMessageException;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the build messages Copr publishes on its message bus (copr_messaging's schema) into
 * {@link CoprBuildEvent}s. A body wrapped in a fedmsg envelope ({@code {"msg": {...}}}, as old
 * archives hold them) is unwrapped.
 *
 * @since 0.1.0
 */
public final class CoprEvents {

    private static final JsonMapper JSON = JsonMapper.shared();

    private CoprEvents() {
    }

    /**
     * The topic of a routing key without the bus's prefix, e.g. {@code copr.build.end} for
     * {@code org.fedoraproject.prod.copr.build.end} and prefix {@code org.fedoraproject.prod.}; empty
     * when the key does not start with the prefix.
     */
    public static Optional<String> topic(String routingKey, String prefix) {
        return routingKey.startsWith(prefix) ? Optional.of(routingKey.substring(prefix.length())) : Optional.empty();
    }

    /**
     * The event of a message, or empty for a topic that is not one of Copr's build topics.
     *
     * @param topic the topic without the bus's prefix, e.g. {@code copr.build.end}
     * @param body the message's JSON body
     * @param sentAt when the message was sent, e.g. from fedora-messaging's {@code sent-at} header
     * @throws CoprMessageException when the body is not a build message: not JSON, or {@code build},
     *         {@code owner}, {@code copr}, {@code chroot} or {@code status} is missing or of the wrong type
     */
    public static Optional<CoprBuildEvent> read(String topic, byte[] body, @Nullable Instant sentAt) {
        if (!topic.equals(CoprBuildStarted.TOPIC) && !topic.equals(CoprBuildEnded.TOPIC)
                && !topic.equals(CoprChrootStarted.TOPIC)) {
            return Optional.empty();
        }
        BuildChrootMessage message = message(topic, body, sentAt);
        return Optional.of(switch (topic) {
            case CoprBuildStarted.TOPIC -> new CoprBuildStarted(message);
            case CoprBuildEnded.TOPIC -> new CoprBuildEnded(message);
            default -> new CoprChrootStarted(message);
        });
    }

    private static BuildChrootMessage message(String topic, byte[] body, @Nullable Instant sentAt) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new CoprMessageException(topic + " message is not JSON: " + e.getOriginalMessage());
        }
        if (json.path("msg").isObject()) {
            json = json.path("msg");
        }
        if (!json.isObject()) {
            throw new CoprMessageException(topic + " message is not a JSON object");
        }
        return new BuildChrootMessage(number(topic, json, "build"), text(topic, json, "owner"),
                text(topic, json, "copr"), text(topic, json, "chroot"),
                BuildState.fromCoprStatus((int) number(topic, json, "status")), optionalText(json, "pkg"),
                optionalText(json, "version"), optionalText(json, "user"), sentAt);
    }

    private static long number(String topic, JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new CoprMessageException(topic + " message has no whole number in field '" + field + "'");
        }
        return value.longValue();
    }

    private static String text(String topic, JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new CoprMessageException(topic + " message has no text in field '" + field + "'");
        }
        return value.asString();
    }

    private static @Nullable String optionalText(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isString() ? value.asString() : null;
    }
}
