package dev.copr.client.internal.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of the wire format, independent of any application-wide mapper: unknown
 * fields are tolerated (records keep them), nulls are not sent, and an answer is parsed only up to
 * the configured size.
 */
final class CoprJson {

    /** Share of the answer size one string may take: no string in a Copr answer comes near it. */
    private static final int STRING_SHARE = 8;

    /**
     * Bytes of the answer size per JSON token allowed. A dense answer ({@code [{},{},...]}) takes up
     * to about 60 bytes of heap per token once bound to records, a real one about 22 (11 bytes of
     * JSON per token): this bounds the heap an answer can take to about twice its size limit,
     * whatever its shape.
     */
    private static final int BYTES_PER_TOKEN = 32;

    private CoprJson() {
    }

    /**
     * A mapper that refuses answers longer than {@code maxAnswerBytes}, with more than one token per
     * 32 of those bytes, or with a string longer than an eighth of them, while it reads them: an
     * answer that never ends cannot fill the heap.
     */
    static JsonMapper mapper(long maxAnswerBytes) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(maxAnswerBytes)
                .maxTokenCount(maxAnswerBytes / BYTES_PER_TOKEN)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxAnswerBytes / STRING_SHARE))
                .build();
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }
}
