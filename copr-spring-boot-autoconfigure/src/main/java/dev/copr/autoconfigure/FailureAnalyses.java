package dev.copr.autoconfigure;

import org.springframework.boot.diagnostics.FailureAnalysis;

/** Failure analyses that must not carry the exception they explain. */
final class FailureAnalyses {

    private FailureAnalyses() {
    }

    /**
     * An analysis without a cause: Boot logs an analysis's cause at debug level, and the exceptions
     * these analyses explain hold configuration values such as tokens or passwords in URLs.
     */
    // FailureAnalysis declares its cause non-null, yet Boot's only use of it, a debug log line, accepts
    // null, and null is the only way to keep the values out of that log: NullAway's error is a false positive
    @SuppressWarnings("NullAway")
    static FailureAnalysis withoutCause(String description, String action) {
        return new FailureAnalysis(description, action, null);
    }
}
