package dev.copr.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The build options every build form has (Copr's {@code _get_build_form}): chroot patterns and
 * exclusions over the project's chroots, timeout, background, bootstrap, isolation, batches,
 * network, project directory and Packit forge project.
 *
 * @param chroots the selected chroots (patterns expanded, exclusions removed), in name order; empty
 *                when the build gets its chroots from the project or package
 */
record BuildOptionsForm(List<String> chroots, boolean background, int timeout, @Nullable String bootstrap,
                        String isolation, @Nullable Integer afterBuildId, @Nullable Integer withBuildId,
                        @Nullable Boolean enableNet, @Nullable String projectDirname,
                        @Nullable String packitForgeProject) {

    static final int DEFAULT_TIMEOUT = 5 * 3600;
    static final int MAX_TIMEOUT = 108000;
    private static final List<String> BOOTSTRAP = List.of("unchanged", "default", "off", "on", "image");
    private static final List<String> ISOLATION = List.of("unchanged", "default", "nspawn", "simple");

    /**
     * Reads and checks the options, adding what is wrong to {@code errors}.
     * @param defaultTimeout the package's timeout, or Copr's default
     */
    static BuildOptionsForm read(FormData data, ProjectRecord project, int defaultTimeout, StubState state,
                                 CoprStubUser user, FormErrors errors) {
        // in the order of Copr's form fields, which is the order of its error messages
        Integer timeout = data.integer("timeout", errors);
        Validation.range("timeout", timeout, 0, MAX_TIMEOUT, errors);
        String bootstrap = Validation.choice(data, "bootstrap", BOOTSTRAP, null, errors);
        String isolation = Validation.choice(data, "isolation", ISOLATION, null, errors);
        Set<String> available = project.chroots.keySet();
        List<String> chroots = patterns(data, "chroots", available, errors);
        List<String> excluded = patterns(data, "exclude_chroots", available, errors);
        Integer after = batch(data, "after_build_id", "with_build_id", state, user, errors);
        Integer with = batch(data, "with_build_id", "after_build_id", state, user, errors);
        return new BuildOptionsForm(selected(chroots, excluded, available), data.bool("background", false),
                timeout == null ? defaultTimeout : timeout, bootstrap, isolation == null ? "unchanged" : isolation,
                after, with, data.bool("enable_net"), data.text("project_dirname"), data.text("packit_forge_project"));
    }

    /** Copr's {@code ChrootPatternsField}: each value a chroot of the project or a pattern matching one. */
    private static List<String> patterns(FormData data, String field, Set<String> available, FormErrors errors) {
        List<String> values = data.list(field);
        for (String value : values) {
            if (!available.contains(value) && Fnmatch.filter(available, value).isEmpty()) {
                errors.add(field, "'" + value + "' is not a valid choice for this field.");
                break;
            }
        }
        return values;
    }

    private static List<String> selected(List<String> chroots, List<String> excluded, Set<String> available) {
        Set<String> selected = expand(chroots, available);
        if (!excluded.isEmpty()) {
            if (selected.isEmpty()) {
                selected.addAll(available);
            }
            selected.removeAll(expand(excluded, available));
        }
        return available.stream().filter(selected::contains).toList();
    }

    private static Set<String> expand(List<String> patterns, Set<String> available) {
        Set<String> matched = new LinkedHashSet<>();
        patterns.forEach(pattern -> matched.addAll(Fnmatch.filter(available, pattern)));
        return matched;
    }

    /** Copr's {@code _validate_batch_opts}: one batch option, naming a build the user may batch with. */
    private static @Nullable Integer batch(FormData data, String field, String counterpart, StubState state,
                                           CoprStubUser user, FormErrors errors) {
        Integer buildId = data.integer(field, errors);
        if (buildId == null) {
            return null;
        }
        Integer other = data.has(counterpart) ? data.integer(counterpart, new FormErrors()) : null;
        if (other != null && other != 0) {
            errors.add(field, "Only one batch option can be specified");
            return null;
        }
        if (buildId == 0) {
            return buildId;
        }
        BuildRecord build = state.builds.get(buildId.longValue());
        String error = build == null ? "Build " + buildId + " not found"
                : Batches.userError(state, build, user, field.equals("with_build_id"));
        if (error != null) {
            errors.add(field, error);
        }
        return buildId;
    }

    /** Copr's {@code CoprDirsLogic.validate} for a directory a build creates on demand. */
    static void checkDirname(ProjectRecord project, String dirname) {
        if (dirname == null || project.hasDir(dirname)) {
            return;
        }
        if (!dirname.startsWith(project.name + ":")) {
            throw CoprError.badRequest("Copr dirname must start with '" + project.name + ":' prefix");
        }
        boolean custom = dirname.startsWith(project.name + ":custom:");
        String[] parts = dirname.split(":", -1);
        boolean pullRequest = dirname.startsWith(project.name + ":pr:") && parts.length == 3
                && !parts[2].isEmpty() && parts[2].substring(parts[2].lastIndexOf('-') + 1).chars()
                .allMatch(Character::isDigit) && !parts[2].endsWith("-");
        if (!custom && !pullRequest) {
            throw CoprError.badRequest("Please use directory format " + project.name + ":custom:<SUFFIX_OF_CHOICE> or "
                    + project.name + ":pr:<ID> (for automatically removed directories)");
        }
        List<String> dirParts = new ArrayList<>(List.of(parts).subList(1, parts.length));
        for (String part : dirParts) {
            for (String piece : part.split("-", -1)) {
                if (piece.isEmpty() || !piece.chars().allMatch(Character::isLetterOrDigit)) {
                    throw CoprError.badRequest("Wrong directory '" + dirname + "' specified.  Directory name can "
                            + "consist of alpha-numeric strings separated by colons.");
                }
            }
        }
    }
}
