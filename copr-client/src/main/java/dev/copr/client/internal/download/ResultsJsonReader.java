package dev.copr.client.internal.download;

import dev.copr.client.exception.CoprRequestException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code results.json} a chroot's result directory holds. A class of its own so that
 * Jackson is loaded when a results.json is first read, not when a client is made (start-up).
 */
final class ResultsJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultsJsonReader() {
    }

    /** The packages of {@code body}, or a {@link CoprRequestException} naming the answer when it is not results.json. */
    static ResultsJson read(byte[] body, HostAnswer answer) {
        try {
            return JSON.readValue(body, ResultsJson.class);
        } catch (JacksonException e) {
            throw new CoprRequestException(HostFailures.request(answer.url()) + " is not the results.json Copr's"
                    + " backend writes: " + e.getOriginalMessage(), answer.status(), null,
                    HostFailures.request(answer.url()), e);
        }
    }
}
