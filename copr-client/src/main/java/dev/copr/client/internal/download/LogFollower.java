package dev.copr.client.internal.download;

import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootProxy;
import dev.copr.client.result.ChrootLogs;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;

/**
 * Follows a running chroot's {@code builder-live.log} like {@code tail -f}: asks Copr for the chroot's
 * state on every poll, and while it runs the results host for the bytes after those already read;
 * once it ended, reads the rest from the {@code .gz} the backend made of the log.
 */
final class LogFollower {

    private final ResultsHost host;
    private final BuildChrootProxy chroots;

    LogFollower(ResultsHost host, BuildChrootProxy chroots) {
        this.host = host;
        this.chroots = chroots;
    }

    void follow(long buildId, String chrootName, Duration pollInterval, LineAssembler lines) {
        long offset = 0;
        while (true) {
            BuildChroot chroot = chroots.get(buildId, chrootName);
            URI log = ChrootLogs.of(chroot).builderLive();
            if (chroot.state().ended()) {
                if (log != null) {
                    readRemainder(log, offset, lines);
                }
                lines.finish();
                return;
            }
            if (chroot.state() == BuildState.RUNNING && log != null) {
                offset += readNew(log, offset, lines);
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lines.finish();
                return;
            }
        }
    }

    /** The bytes of the plain log from {@code offset} on; how many. */
    private long readNew(URI log, long offset, LineAssembler lines) {
        HostAnswer answer = host.get(log, offset, host.responseDeadline());
        try (answer) {
            if (!answer.url().equals(log) && answer.url().getPath().endsWith(".gz")) {
                // Fedora's results host redirects a builder-live.log that is gone to its .gz: the chroot just
                // ended, which the next poll sees; its remainder is read then, decompressed
                return 0;
            }
            return switch (answer.status()) {
                case 206 -> feed(answer.body(), lines);
                // a server that ignores Range sends it all again
                case 200 -> skip(answer.body(), offset) ? feed(answer.body(), lines) : 0;
                // 416: nothing after offset yet; 404: not written yet, or just gzipped as the chroot ends
                case 416, 404 -> 0;
                default -> throw HostFailures.status(answer);
            };
        } catch (IOException e) {
            throw HostFailures.io(log, e);
        }
    }

    /** What the ended chroot's log holds after the {@code offset} bytes already read. */
    private void readRemainder(URI log, long offset, LineAssembler lines) {
        HostAnswer answer = host.get(log, 0, host.responseDeadline());
        if (answer.status() == 404) {
            HostFailures.close(answer);
            return;
        }
        if (answer.status() != 200) {
            throw HostFailures.status(answer);
        }
        try (answer; InputStream text = LogStreams.decompressed(answer.body())) {
            if (skip(text, offset)) {
                feed(text, lines);
            }
        } catch (IOException e) {
            throw HostFailures.io(log, e);
        }
    }

    private static boolean skip(InputStream in, long bytes) throws IOException {
        try {
            in.skipNBytes(bytes);
            return true;
        } catch (EOFException e) {
            return false;
        }
    }

    private static long feed(InputStream in, LineAssembler lines) throws IOException {
        byte[] buffer = new byte[LogStreams.BUFFER];
        long count = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            lines.feed(buffer, 0, n);
            count += n;
        }
        return count;
    }
}
