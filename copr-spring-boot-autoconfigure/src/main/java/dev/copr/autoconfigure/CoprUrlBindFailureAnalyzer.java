package dev.copr.autoconfigure;

import dev.copr.client.config.RedactedUrl;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Explains a {@code copr.url} that is not a URL at all without showing its user info: Boot's own
 * analysis of a failed binding prints the value and the parser's message, password included, so
 * this one runs first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoprUrlBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        if (cause.getProperty() == null || !"copr.url".equals(cause.getName().toString())) {
            return null;
        }
        Origin origin = cause.getProperty().getOrigin();
        String url = RedactedUrl.of(String.valueOf(cause.getProperty().getValue()));
        // No cause: Boot would log it at debug, and the parser's message in it holds the whole value
        return FailureAnalyses.withoutCause("copr.url '" + url + "' is not a valid URL" + (origin == null ? "" : " (from " + origin + ")"),
                "Set copr.url to the base URL of the Copr frontend, e.g. https://copr.fedorainfracloud.org,"
                        + " without user info: the API login and token go into copr.login and copr.token.");
    }
}
