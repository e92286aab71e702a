package dev.copr.contract;

/** The contract suite against the test kit's stub, in every build. */
class StubContractTest extends CoprContract {

    @Override
    ContractTarget openTarget() {
        return new StubTarget();
    }
}
