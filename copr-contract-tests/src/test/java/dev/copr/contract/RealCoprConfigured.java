package dev.copr.contract;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the real-frontend contract tests only when the environment names a frontend, and otherwise says
 * once, on the build's output, how to enable them; never with {@code -Dcopr.contract.stub-only=true}
 * (the JDK 25 run).
 */
final class RealCoprConfigured implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Boolean.getBoolean("copr.contract.stub-only")) {
            return ConditionEvaluationResult.disabled("this run checks the stub target only (copr.contract.stub-only)");
        }
        if (RealCoprSettings.fromEnvironment(System.getenv()).isPresent()) {
            return ConditionEvaluationResult.enabled("a real Copr frontend is configured");
        }
        if (context.getTestMethod().isEmpty()) {
            System.out.println(RealCoprSettings.HOW_TO_ENABLE);
        }
        return ConditionEvaluationResult.disabled(RealCoprSettings.HOW_TO_ENABLE);
    }
}
