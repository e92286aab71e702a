package dev.copr.client.internal.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import dev.copr.client.exception.CoprException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The client's JSON: writes request bodies and reads answers with the wire settings of
 * {@link CoprJson}. Only this class links Jackson: the transport makes it on the first request, so an
 * application that starts without sending any loads none of Jackson's classes for it.
 */
final class AnswerJson {

    private static final String SIZE_SETTING = "maxResponseSize; Spring Boot: copr.max-response-size";

    private final JsonMapper mapper;
    private final long maxAnswerBytes;

    AnswerJson(long maxAnswerBytes) {
        this.mapper = CoprJson.mapper(maxAnswerBytes);
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /** The type to read an answer of {@code type} as. */
    JavaType type(Class<?> type) {
        return mapper.constructType(type);
    }

    /** The type to read a list answer of {@code itemType} items as. */
    JavaType listOf(Class<?> itemType) {
        return mapper.getTypeFactory().constructParametricType(CoprTransport.ListAnswer.class, itemType);
    }

    /** A request body as JSON. */
    byte[] write(Object body) {
        return mapper.writeValueAsBytes(body);
    }

    /**
     * Reads a successful answer as {@code type}; null when it is JSON {@code null}.
     * @param unreadable makes the exception for an answer that is not JSON of the type, or too large
     * @throws IOException when the body stopped arriving, e.g. at the read timeout: a failed exchange
     */
    <T> @Nullable T read(InputStream answer, JavaType type, Unreadable unreadable) throws IOException {
        try {
            return mapper.readValue(answer, type);
        } catch (StreamConstraintsException e) {
            throw unreadable.because("more than the maximum answer size of " + maxAnswerBytes + " bytes ("
                    + SIZE_SETTING + ") allows: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw unreadable.because(e.getOriginalMessage(), e);
        }
    }

    /** The {@code error} member of an error body, if it is a JSON object with one. */
    @Nullable String errorMember(byte[] body) {
        try {
            // A body of JSON null reads as null: it has no error member
            Object answer = mapper.readValue(body, Map.class);
            if (answer instanceof Map<?, ?> map && map.get("error") instanceof String error) {
                return error;
            }
        } catch (JacksonException notJson) {
            // not JSON: no error member
        }
        return null;
    }

    /** Makes the exception for an answer that cannot be read. */
    @FunctionalInterface
    interface Unreadable {

        CoprException because(String problem, @Nullable Throwable cause);
    }
}
