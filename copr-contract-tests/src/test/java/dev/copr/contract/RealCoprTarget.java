package dev.copr.contract;

import dev.copr.client.config.CoprConfig;
import dev.copr.client.config.RetryOptions;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * A real Copr frontend: builds move on only through its {@code /backend/} routes ({@link CoprBackend})
 * when the backend's password is known, the search index only through the configured command.
 */
final class RealCoprTarget implements ContractTarget {

    private final RealCoprSettings settings;

    RealCoprTarget(RealCoprSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.url().toString();
    }

    @Override
    public CoprConfig jdoe() {
        return config(settings.jdoeLogin(), settings.jdoeToken());
    }

    @Override
    public CoprConfig alice() {
        return config(settings.aliceLogin(), settings.aliceToken());
    }

    private CoprConfig config(String login, String token) {
        return CoprConfig.builder().url(settings.url()).credentials(login, token)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
                .retry(RetryOptions.disabled()).build();
    }

    @Override
    public boolean canFinishBuilds() {
        return settings.backendPassword().isPresent();
    }

    @Override
    public void finishBuild(long buildId, boolean succeed) {
        backend().finish(buildId, chroot -> succeed);
    }

    @Override
    public void finishBuild(long buildId, Set<String> failing) {
        backend().finish(buildId, chroot -> !failing.contains(chroot));
    }

    private CoprBackend backend() {
        return new CoprBackend(settings.url(), settings.backendPassword().orElseThrow());
    }

    @Override
    public boolean pendingJob(long buildId) {
        return new CoprBackend(settings.url(), settings.backendPassword().orElseThrow()).pendingJob(buildId);
    }

    @Override
    public boolean canReindex() {
        return settings.reindexCommand().isPresent();
    }

    @Override
    public void reindex() {
        String command = settings.reindexCommand().orElseThrow();
        try {
            Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException("COPR_CONTRACT_REINDEX exited with " + status + ": " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("COPR_CONTRACT_REINDEX cannot run: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("COPR_CONTRACT_REINDEX interrupted", e);
        }
    }

    @Override
    public void close() {
        // the frontend belongs to whoever started it
    }
}
