package dev.copr.client.build;

import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.source.CustomSource;
import dev.copr.client.source.DistgitSource;
import dev.copr.client.source.PackageSource;
import dev.copr.client.source.PypiSource;
import dev.copr.client.source.RubygemsSource;
import dev.copr.client.source.ScmSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Builds of packages that depend on each other, submitted so that Copr itself builds them in order;
 * get one from {@link BuildProxy#inDependencyOrder}. Add each package with how to build it and the
 * packages it depends on, then {@link #submit()}: the packages are cut into layers (the first depends
 * on nothing, each later one only on the layers before it), and each layer becomes one Copr build
 * batch that runs after the batch of the layer before ({@code after_build_id} for its first build,
 * {@code with_build_id} for the others), as copr-cli's {@code --after-build-id} and
 * {@code --with-build-id} do by hand. Copr starts a batch once the one before has finished, in
 * whatever state: see {@link DependencyBuilds#cancellingDependents()} to stop dependents of a failed
 * build. Not thread-safe.
 *
 * <pre>{@code
 * DependencyBuilds builds = copr.builds().inDependencyOrder("me", "stack")
 *         .add("libfoo", ScmSource.builder("https://example.com/libfoo.git").build())
 *         .add("foo", options -> copr.packages().build("me", "stack", "foo", options), "libfoo")
 *         .submit();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DependencyOrder {

    private final BuildProxy builds;
    private final String ownername;
    private final String projectname;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private BuildOptions options = BuildOptions.none();

    DependencyOrder(BuildProxy builds, String ownername, String projectname) {
        this.builds = builds;
        this.ownername = Arguments.requireName("ownername", ownername);
        this.projectname = Arguments.requireName("projectname", projectname);
    }

    /** How one package is submitted, given the options to submit it with (their batch settings set). */
    @FunctionalInterface
    public interface Submission {

        /** Submits the build with exactly these options and returns it as Copr answered. */
        Build submit(BuildOptions options);
    }

    /**
     * Options for every build (chroots, timeout, ...). Their {@code afterBuildId} or {@code withBuildId},
     * if set, places the first layer: after, or in, the batch of that existing build.
     */
    public DependencyOrder options(BuildOptions options) {
        this.options = Arguments.requireNonNull("options", options);
        return this;
    }

    /**
     * A package built from its sources in this order's project ({@code createFromScm}, {@code createFromPypi},
     * ...; a {@link DistgitSource} builds the package of this name).
     * @param dependencies names of packages it needs built first; they may be added later
     * @throws CoprValidationException when the name is blank or already added
     */
    public DependencyOrder add(String name, PackageSource source, String... dependencies) {
        Arguments.requireNonNull("source", source);
        return add(name, submission(name, source), dependencies);
    }

    /**
     * A package built any other way, e.g. from a URL, an upload, or its stored source:
     * {@code options -> copr.packages().build(owner, project, "foo", options)}. The build may be in another
     * project; Copr's batches span projects.
     * @param dependencies names of packages it needs built first; they may be added later
     * @throws CoprValidationException when the name is blank or already added
     */
    public DependencyOrder add(String name, Submission submission, String... dependencies) {
        Arguments.requireText("name", name);
        Arguments.requireNonNull("submission", submission);
        if (nodes.containsKey(name)) {
            throw new CoprValidationException("Package " + name + " is added twice: add each package once");
        }
        List<String> needs = new ArrayList<>();
        for (String dependency : Arguments.requireNonNull("dependencies", dependencies)) {
            needs.add(Arguments.requireText("dependency of " + name, dependency));
        }
        nodes.put(name, new Node(submission, List.copyOf(needs)));
        return this;
    }

    /**
     * Checks the dependencies, then submits the builds layer by layer, each layer in the order its
     * packages were added. If Copr refuses a build, the exception is thrown and the builds submitted
     * before it stay submitted.
     * @throws CoprValidationException before anything is submitted: no package added, a dependency not added,
     *         or a dependency cycle, named like {@code a -> b -> a}
     */
    public DependencyBuilds submit() {
        if (nodes.isEmpty()) {
            throw new CoprValidationException("No packages added: add at least one before submitting");
        }
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        nodes.forEach((name, node) -> dependencies.put(name, node.dependencies()));
        List<List<String>> layers = new DependencyGraph(dependencies).layers();
        Map<String, Build> submitted = new LinkedHashMap<>();
        @Nullable Build previousLayer = null;
        for (List<String> layer : layers) {
            BuildOptions first = previousLayer == null ? options : options.inBatch(previousLayer.id(), null);
            Build batch = submit(layer.get(0), first, submitted);
            for (String name : layer.subList(1, layer.size())) {
                submit(name, options.inBatch(null, batch.id()), submitted);
            }
            previousLayer = batch;
        }
        Map<String, Build> byName = new LinkedHashMap<>();
        nodes.keySet().forEach(name -> byName.put(name, submitted.get(name)));
        return new DependencyBuilds(builds, byName, layers, dependencies);
    }

    private Build submit(String name, BuildOptions buildOptions, Map<String, Build> submitted) {
        Node node = Objects.requireNonNull(nodes.get(name), name);
        Build build = Arguments.requireNonNull("the build the submission of " + name + " returned",
                node.submission().submit(buildOptions));
        submitted.put(name, build);
        return build;
    }

    private Submission submission(String name, PackageSource source) {
        if (source instanceof ScmSource scm) {
            return buildOptions -> builds.createFromScm(ownername, projectname, scm, buildOptions);
        }
        if (source instanceof PypiSource pypi) {
            return buildOptions -> builds.createFromPypi(ownername, projectname, pypi, buildOptions);
        }
        if (source instanceof RubygemsSource gem) {
            return buildOptions -> builds.createFromRubygems(ownername, projectname, gem, buildOptions);
        }
        if (source instanceof CustomSource custom) {
            return buildOptions -> builds.createFromCustom(ownername, projectname, custom, buildOptions);
        }
        DistgitSource distgit = (DistgitSource) source;
        return buildOptions -> builds.createFromDistgit(ownername, projectname, name, distgit, buildOptions);
    }

    private record Node(Submission submission, List<String> dependencies) {
    }
}
