package dev.copr.contract;

import dev.copr.client.CoprClient;
import dev.copr.client.config.CoprConfig;

import java.util.Set;

/**
 * A Copr frontend the contract suite runs against, with two users, {@code jdoe} (the owner of the
 * suite's projects) and {@code alice} (the other user), and the means to move builds on where the
 * target has them.
 */
interface ContractTarget extends AutoCloseable {

    /** A short name for the test report, e.g. {@code stub} or the frontend's URL. */
    String name();

    /** The configuration of the first user's client. */
    CoprConfig jdoe();

    /** The configuration of the second user's client. */
    CoprConfig alice();

    /** Whether {@link #finishBuild} works here: the backend's password is known. */
    boolean canFinishBuilds();

    /** Moves a build on as Copr's backend and importer do, until it ended as succeeded or failed. */
    void finishBuild(long buildId, boolean succeed);

    /** Moves a build on until it ended: its source build succeeds, its chroots fail in {@code failing} only. */
    void finishBuild(long buildId, Set<String> failing);

    /**
     * Whether Copr's backend would take a job of this build now: {@code /backend/pending-jobs/} lists it.
     * A build waiting for the batch it runs after is not listed. Works where {@link #canFinishBuilds()}.
     */
    boolean pendingJob(long buildId);

    /** Whether {@link #reindex()} works here. */
    boolean canReindex();

    /** Rebuilds the project search index, as Copr's {@code update-indexes} cron does. */
    void reindex();

    /** A client logged in with {@code config}. */
    default CoprClient client(CoprConfig config) {
        return CoprClient.create(config);
    }

    @Override
    void close();
}
