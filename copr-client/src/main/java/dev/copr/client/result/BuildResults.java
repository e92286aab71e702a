package dev.copr.client.result;

import dev.copr.client.build.Build;
import dev.copr.client.chroot.BuildChroot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What builds left behind: each chroot's verdict, the logs, the built files and their download, as
 * copr-cli's {@code download-build} and Copr's build page give them; get it from
 * {@code CoprClient.results()}. Thread-safe.
 *
 * <p>Logs and files come from the results host named by each chroot's {@code result_url} (and, for
 * RPMs of projects on Pulp storage, from Pulp's content host it redirects to). These hosts are
 * another trust zone than the API: their requests never carry the Copr credentials; redirects are
 * followed at most {@value #MAX_REDIRECTS} times, to {@code https} only (or {@code http} when the URL
 * Copr gave was {@code http}); each request is bound by the client's connect, read and response
 * timeouts. Failures are {@link dev.copr.client.exception.CoprException}s: a 404 a
 * {@link dev.copr.client.exception.CoprNoResultException}, a stall a
 * {@link dev.copr.client.exception.CoprTimeoutException}, anything else a
 * {@link dev.copr.client.exception.CoprRequestException}.
 *
 * @since 0.1.0
 */
public interface BuildResults {

    /** Redirects followed for one file, at most. */
    int MAX_REDIRECTS = 5;

    /** Longest line {@link #tail} and {@link #follow} return; the rest of a longer line is dropped. */
    int MAX_LINE_LENGTH = 16 * 1024;

    /**
     * Each chroot's state, from one {@code GET /api_3/build-chroot/list} of the build (python-copr
     * {@code build_chroot_proxy.get_list}). For what a {@code BuildWatcher} returned, call it per build.
     */
    ChrootVerdicts verdicts(Build build);

    /** See {@link #verdicts(Build)}. */
    ChrootVerdicts verdicts(long buildId);

    /**
     * The verdicts of each of these builds, e.g. those a {@code BuildWatcher} returned, in their
     * order: one request per build.
     */
    default List<ChrootVerdicts> verdicts(List<Build> builds) {
        return builds.stream().map(this::verdicts).toList();
    }

    /**
     * The logs of a build's source (SRPM) build, from {@code GET /api_3/build/source-chroot/<id>}
     * (under {@code srpm-builds/<8-digit build id>}). A chroot's logs need no request:
     * {@link ChrootLogs#of(BuildChroot)}.
     */
    ChrootLogs sourceLogs(long buildId);

    /**
     * A log as text (gzip decompressed, by its content rather than its name; bytes that are not
     * UTF-8 replaced). At most the client's {@code maxResponseSize} of text: read longer ones with
     * {@link #tail}.
     * @param log a URL of {@link ChrootLogs}
     */
    String readLog(URI log);

    /**
     * The last lines of a chroot's {@code builder-live} log, the first thing to read when it failed:
     * the log is streamed through a ring of {@code lines} lines of at most {@value #MAX_LINE_LENGTH}
     * characters, so memory stays bounded whatever the log's size. Empty when the chroot's state has
     * no log yet (pending). When the plain log is gone because the chroot just ended, its {@code .gz} is read.
     */
    List<String> tail(BuildChroot chroot, int lines);

    /**
     * Follows the {@code builder-live} log of a chroot while it runs, like {@code tail -f}: every
     * {@code pollInterval} asks Copr for the chroot's state ({@code GET /api_3/build-chroot}) and,
     * while it runs, the results host for the bytes after those it has ({@code Range: bytes=<n>-}),
     * and hands each new line to {@code lines}. Returns once the chroot ended, after the lines
     * written since the last poll, read from the ended chroot's {@code .gz} log (or none when there is
     * no such log, e.g. a canceled chroot). Waits through pending and starting; an interrupt ends it early.
     * @throws dev.copr.client.exception.CoprNoResultException when the build was not submitted to the chroot
     */
    void follow(long buildId, String chroot, Duration pollInterval, Consumer<String> lines);

    /**
     * The RPMs (binary and source) a chroot built, by NEVRA and URL: from the {@code results.json}
     * the backend writes into the result directory, else (an older result without one) from
     * {@code GET /api_3/build-chroot/built-packages}. Empty before Copr set the chroot's {@code result_url}.
     * For a project on {@code pulp} storage in devel mode (one {@code GET /api_3/build/<id>} and one
     * {@code GET /api_3/project} tell) the URLs are under the chroot's {@code -devel} directory, as
     * {@link #download(Build, Path, DownloadOptions)} fetches them.
     */
    List<ResultFile> files(long buildId, BuildChroot chroot);

    /**
     * Downloads a build's results into {@code destination/<chroot>/}, as copr-cli {@code download-build}
     * lays them out: the RPMs the build produced ({@code GET /api_3/build/built-packages}), the logs
     * gzipped when the chroot ended ({@code builder-live}, {@code backend}, mock's {@code root},
     * {@code build}, {@code state} and {@code hw_info} logs) and the spec ({@code <package>.spec}),
     * from every chroot with a result directory (one {@code GET /api_3/build-chroot/list}).
     *
     * <p>RPMs are fetched as {@code <result_url><name>-<version>-<release>.<arch>.rpm}, as copr-cli
     * does since Copr moved RPMs to Pulp: for a project on {@code backend} storage they are there; for
     * one on {@code pulp} storage the backend keeps a redirect to Pulp for every project it uploaded
     * to Pulp ({@code pulp_http_redirect.py}), which this download follows. This rather than joining
     * the project's {@code repo_url} with {@code <chroot>/Packages/<first letter>/} as the backend's
     * fork code does: {@code repo_url} names the project's main directory, so it misses builds in
     * other directories ({@code project:pr:12}), and Pulp's layout is the backend's business.
     * For a project on {@code pulp} storage in devel mode ({@code GET /api_3/project} tells), whose
     * new RPMs are only in Pulp's {@code <chroot>-devel} distribution, they are fetched with
     * {@code -devel} added to the chroot's directory of the {@code result_url}, as copr-cli does.
     *
     * <p>Each file streams to a temporary file in its directory, renamed into place when complete; a
     * file already there with the size the results host announces is skipped. An RPM whose size differs
     * from the one its signature header declares fails (its body did not match its
     * {@code Content-Length}, which HTTP cannot tell when the body was longer). Files the host does not
     * have (a log this Copr does not gzip, a spec of another name) are reported {@link DownloadOutcome#NOT_FOUND}.
     * File and chroot names from Copr are checked before anything is written, so nothing lands outside
     * {@code destination}. When a file fails, the others still finish; then the first failure is thrown
     * (the others suppressed in it) and the failed files' partial data is removed.
     *
     * @return each file and what became of it
     */
    List<DownloadedFile> download(Build build, Path destination, DownloadOptions options);

    /** Downloads all of a build's results; see {@link #download(Build, Path, DownloadOptions)}. */
    default List<DownloadedFile> download(Build build, Path destination) {
        return download(build, destination, DownloadOptions.defaults());
    }
}
