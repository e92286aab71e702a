package dev.copr.client.observation;

import dev.copr.client.result.DownloadOutcome;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Observes each file of a build results download as {@code copr.client.downloads}, next to the
 * requests' {@code copr.client.requests}: its duration, with low-cardinality tags {@code kind}
 * ({@code BINARY_RPM}, {@code LOG}, ...), {@code outcome} ({@code DOWNLOADED}, {@code ALREADY_COMPLETE},
 * {@code NOT_FOUND} or {@code FAILED}) and {@code exception}, and as high-cardinality (tracing only)
 * values the {@code url}, the {@code chroot} and the {@code bytes} written.
 *
 * @since 0.1.0
 */
public class DefaultCoprDownloadObservationConvention implements ObservationConvention<CoprDownloadObservationContext> {

    /** Name of the observation, and of the timer it yields. */
    public static final String NAME = "copr.client.downloads";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(CoprDownloadObservationContext context) {
        return "copr download " + context.getFile().kind();
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof CoprDownloadObservationContext;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(CoprDownloadObservationContext context) {
        Throwable error = context.getError();
        DownloadOutcome outcome = context.getOutcome();
        return KeyValues.of(
                KeyValue.of("kind", context.getFile().kind().name()),
                KeyValue.of("outcome", outcome == null ? "FAILED" : outcome.name()),
                KeyValue.of("exception", error == null ? "none" : error.getClass().getSimpleName()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(CoprDownloadObservationContext context) {
        return KeyValues.of(KeyValue.of("url", context.getFile().url().toString()),
                KeyValue.of("chroot", context.getFile().chroot()),
                KeyValue.of("bytes", String.valueOf(context.getBytes())));
    }
}
