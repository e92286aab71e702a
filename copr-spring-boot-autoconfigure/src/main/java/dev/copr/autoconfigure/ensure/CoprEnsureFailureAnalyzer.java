package dev.copr.autoconfigure.ensure;

import dev.copr.client.exception.CoprAuthException;
import dev.copr.client.project.ProjectConflictException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a project of {@code copr.ensure.projects} that start-up could not bring into its desired state. */
class CoprEnsureFailureAnalyzer extends AbstractFailureAnalyzer<CoprEnsureException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CoprEnsureException cause) {
        String property = cause.project().property();
        String action = "Fix " + property + " as Copr's answer above says.";
        if (cause.failure() instanceof ProjectConflictException) {
            action = "Copr takes persistent and storage only when it creates a project: unset " + property
                    + ".persistent and .storage, set them to the project's values, or delete and re-create the"
                    + " project.";
        } else if (cause.failure() instanceof CoprAuthException) {
            action = "Use credentials (copr.login, copr.token) of a user who may create and edit the projects of "
                    + cause.project().owner() + ", and leave out the settings only Copr admins may set (persistent,"
                    + " storage, auto-prune false).";
        }
        return new FailureAnalysis(cause.getMessage(), action + " copr.ensure.dry-run=true logs what would change"
                + " without changing anything; copr.ensure.enabled=false starts without ensuring projects.", cause);
    }
}
