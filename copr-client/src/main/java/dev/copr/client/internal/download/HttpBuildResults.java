package dev.copr.client.internal.download;

import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootProxy;
import dev.copr.client.config.CoprConfig;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.project.ProjectProxy;
import dev.copr.client.result.BuildResults;
import dev.copr.client.result.ChrootLogs;
import dev.copr.client.result.ChrootVerdicts;
import dev.copr.client.result.DownloadOptions;
import dev.copr.client.result.DownloadedFile;
import dev.copr.client.result.ResultFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;

/** {@link BuildResults} over the API's proxies and a {@link ResultsHost} of its own. */
public final class HttpBuildResults implements BuildResults {

    private final CoprConfig config;
    private final BuildProxy builds;
    private final BuildChrootProxy buildChroots;
    private final ProjectProxy projects;
    private final ResultsHost host;
    private final ObservationRegistry observations;

    /** @param observations where each downloaded file is observed as {@code copr.client.downloads} */
    public HttpBuildResults(CoprConfig config, BuildProxy builds, BuildChrootProxy buildChroots, ProjectProxy projects,
                            ObservationRegistry observations) {
        this.config = config;
        this.observations = observations;
        this.builds = builds;
        this.buildChroots = buildChroots;
        this.projects = projects;
        this.host = new ResultsHost(config, MAX_REDIRECTS);
    }

    @Override
    public ChrootVerdicts verdicts(Build build) {
        return verdicts(Arguments.requireNonNull("build", build).id());
    }

    @Override
    public ChrootVerdicts verdicts(long buildId) {
        return new ChrootVerdicts(buildId, buildChroots.getList(buildId).items());
    }

    @Override
    public ChrootLogs sourceLogs(long buildId) {
        return ChrootLogs.of(builds.getSourceChroot(buildId));
    }

    @Override
    public String readLog(URI log) {
        HostAnswer answer = okAnswer(Arguments.requireNonNull("log", log));
        try (answer; InputStream text = LogStreams.decompressed(answer.body())) {
            return new String(bounded(text, log, ": read its end with tail()"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HostFailures.io(log, e);
        }
    }

    @Override
    public List<String> tail(BuildChroot chroot, int lines) {
        if (lines < 1) {
            throw new CoprValidationException("tail needs at least 1 line, was " + lines);
        }
        URI log = ChrootLogs.of(Arguments.requireNonNull("chroot", chroot)).builderLive();
        if (log == null) {
            return List.of();
        }
        HostAnswer answer = host.get(log, 0, host.responseDeadline());
        if (answer.status() == 404) {
            // the chroot ended (or started) since its state was read: the log has its other name now
            HostFailures.close(answer);
            answer = okAnswer(otherVariant(log));
        } else if (!answer.ok()) {
            throw HostFailures.status(answer);
        }
        Deque<String> ring = new ArrayDeque<>(Math.min(lines, 1024));
        LineAssembler assembler = new LineAssembler(MAX_LINE_LENGTH, line -> {
            if (ring.size() == lines) {
                ring.removeFirst();
            }
            ring.addLast(line);
        });
        try (HostAnswer read = answer; InputStream text = LogStreams.decompressed(read.body())) {
            byte[] buffer = new byte[LogStreams.BUFFER];
            for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                assembler.feed(buffer, 0, n);
            }
            assembler.finish();
        } catch (IOException e) {
            throw HostFailures.io(answer.url(), e);
        }
        return List.copyOf(ring);
    }

    @Override
    public void follow(long buildId, String chroot, Duration pollInterval, Consumer<String> lines) {
        Arguments.requireName("chroot", chroot);
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new CoprValidationException("follow needs a positive pollInterval, was " + pollInterval);
        }
        new LogFollower(host, buildChroots).follow(buildId, chroot, pollInterval,
                new LineAssembler(MAX_LINE_LENGTH, Arguments.requireNonNull("lines", lines)));
    }

    @Override
    public List<ResultFile> files(long buildId, BuildChroot chroot) {
        String resultUrl = Arguments.requireNonNull("chroot", chroot).resultUrl();
        if (resultUrl == null) {
            return List.of();
        }
        URI resultsJson = ResultFile.locate(resultUrl, "results.json");
        HostAnswer answer = host.get(resultsJson, 0, host.responseDeadline());
        List<BuiltPackage> packages;
        if (answer.status() == 404) {
            HostFailures.close(answer);
            packages = buildChroots.getBuiltPackages(buildId, chroot.name());
        } else if (answer.status() == 200) {
            packages = parse(answer).packages();
        } else {
            throw HostFailures.status(answer);
        }
        if (packages.isEmpty()) {
            return List.of();
        }
        Build build = builds.get(buildId);
        return ResultFiles.rpms(chroot.name(), resultUrl, packages,
                ResultFiles.inDevelDistribution(projects.get(build.ownername(), build.projectname())));
    }

    @Override
    public List<DownloadedFile> download(Build build, Path destination, DownloadOptions options) {
        Arguments.requireNonNull("build", build);
        Arguments.requireNonNull("destination", destination);
        Arguments.requireNonNull("options", options);
        List<BuildChroot> chroots = verdicts(build.id()).chroots().stream()
                .filter(chroot -> chroot.resultUrl() != null && options.includes(chroot.name()))
                .toList();
        List<ResultFile> files = new ResultFiles(build, options, () -> builds.getBuiltPackages(build.id()),
                () -> projects.get(build.ownername(), build.projectname())).of(chroots);
        Duration fileTimeout = options.fileTimeout() == null ? config.responseTimeout() : options.fileTimeout();
        return new ParallelDownloads(host, destination, options.parallelDownloads(), config.readTimeout(), fileTimeout, options.listener(),
                observations)
                .run(files);
    }

    private HostAnswer okAnswer(URI url) {
        HostAnswer answer = host.get(url, 0, host.responseDeadline());
        if (!answer.ok()) {
            throw HostFailures.status(answer);
        }
        return answer;
    }

    private ResultsJson parse(HostAnswer answer) {
        try (answer) {
            return ResultsJsonReader.read(bounded(answer.body(), answer.url(), ""), answer);
        } catch (IOException e) {
            throw HostFailures.io(answer.url(), e);
        }
    }

    /** All of {@code in}, at most the client's {@code maxResponseSize}. */
    private byte[] bounded(InputStream in, URI url, String remedy) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxResponseSize() + 1));
        if (bytes.length > config.maxResponseSize()) {
            throw new CoprRequestException(HostFailures.request(url) + " is longer than the client's maxResponseSize ("
                    + config.maxResponseSize() + " bytes)" + remedy);
        }
        return bytes;
    }

    private static URI otherVariant(URI log) {
        String url = log.toString();
        return URI.create(url.endsWith(".gz") ? url.substring(0, url.length() - 3) : url + ".gz");
    }
}
