package dev.copr.contract;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract suite against the real Copr frontend the environment names (see {@link RealCoprSettings}
 * and docs/contract-tests.md); skipped with one line on the output when it names none.
 */
@ExtendWith(RealCoprConfigured.class)
class RealCoprContractTest extends CoprContract {

    @Override
    ContractTarget openTarget() {
        return new RealCoprTarget(RealCoprSettings.fromEnvironment(System.getenv()).orElseThrow());
    }
}
