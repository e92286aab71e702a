package dev.copr.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Observes every Copr request as {@code copr.client.requests} with low-cardinality tags
 * {@code operation}, {@code method}, {@code uri} (path template), {@code status}, {@code outcome} and
 * {@code exception}, and the full {@code url} as high-cardinality (tracing only) value.
 *
 * @since 0.1.0
 */
public class DefaultCoprRequestObservationConvention implements CoprRequestObservationConvention {

    /** Name of the observation, and of the timer it yields. */
    public static final String NAME = "copr.client.requests";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(CoprRequestObservationContext context) {
        return "copr " + context.getOperation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(CoprRequestObservationContext context) {
        Throwable error = context.getError();
        return KeyValues.of(
                KeyValue.of("operation", context.getOperation()),
                KeyValue.of("method", context.getMethod()),
                KeyValue.of("uri", context.getPathTemplate()),
                KeyValue.of("status", status(context)),
                KeyValue.of("outcome", outcome(context.getStatus())),
                KeyValue.of("exception", error == null ? "none" : error.getClass().getSimpleName()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(CoprRequestObservationContext context) {
        return KeyValues.of(KeyValue.of("url", context.getUrl()));
    }

    private static String status(CoprRequestObservationContext context) {
        if (context.getStatus() > 0) {
            return String.valueOf(context.getStatus());
        }
        return context.getError() == null ? "UNKNOWN" : "IO_ERROR";
    }

    private static String outcome(int status) {
        if (status >= 200 && status < 300) {
            return "SUCCESS";
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        return status >= 500 ? "SERVER_ERROR" : "UNKNOWN";
    }
}
