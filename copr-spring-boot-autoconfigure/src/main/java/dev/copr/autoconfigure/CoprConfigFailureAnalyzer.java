package dev.copr.autoconfigure;

import dev.copr.client.exception.CoprConfigException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up failure caused by bad Copr configuration: the message names the property or
 * the classic config file and key; credentials are never part of it.
 */
class CoprConfigFailureAnalyzer extends AbstractFailureAnalyzer<CoprConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CoprConfigException cause) {
        return new FailureAnalysis("The Copr client could not be configured: " + cause.getMessage(),
                "Fix the copr.* property or the classic config file and key named above (copr.config-file=none"
                        + " ignores the file). Get credentials and a fresh config file from <copr-url>/api.",
                cause);
    }
}
