package dev.copr.contract;

import dev.copr.client.build.BuildState;
import dev.copr.client.config.CoprConfig;
import dev.copr.test.CoprStub;
import dev.copr.test.CoprStubUser;

import java.util.Set;

/** The test kit's stub, with users {@code jdoe} and {@code alice}, moving builds with its own calls. */
final class StubTarget implements ContractTarget {

    private final CoprStub stub = CoprStub.builder().defaultUser(CoprStubUser.named("jdoe"))
            .user(CoprStubUser.named("alice")).start();

    @Override
    public String name() {
        return "stub";
    }

    @Override
    public CoprConfig jdoe() {
        return stub.clientConfig(stub.user("jdoe"));
    }

    @Override
    public CoprConfig alice() {
        return stub.clientConfig(stub.user("alice"));
    }

    @Override
    public boolean canFinishBuilds() {
        return true;
    }

    @Override
    public void finishBuild(long buildId, boolean succeed) {
        stub.buildOutcome(buildId, succeed ? BuildState.SUCCEEDED : BuildState.FAILED);
        stub.finishBuild(buildId);
    }

    @Override
    public void finishBuild(long buildId, Set<String> failing) {
        stub.buildOutcome(buildId, BuildState.SUCCEEDED);
        failing.forEach(chroot -> stub.chrootOutcome(buildId, chroot, BuildState.FAILED));
        stub.finishBuild(buildId);
    }

    @Override
    public boolean pendingJob(long buildId) {
        return !stub.buildBlocked(buildId) && !stub.buildState(buildId).ended();
    }

    @Override
    public boolean canReindex() {
        return true;
    }

    @Override
    public void reindex() {
        stub.reindex();
    }

    @Override
    public void close() {
        stub.close();
    }
}
