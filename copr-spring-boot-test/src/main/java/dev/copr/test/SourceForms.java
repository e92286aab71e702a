package dev.copr.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Copr's package source forms ({@code PackageFormScm}, {@code PackageFormPyPI}, ...): they check the
 * source fields of package add/edit and of builds from that source, and give the stored
 * {@code source_json}. Field names are the server's (e.g. {@code srpm_build_method}).
 */
final class SourceForms {

    /** The source types packages may have. */
    static final List<String> PACKAGE_TYPES = List.of("scm", "pypi", "rubygems", "custom", "distgit");
    /** The DistGit instances the stub knows; the first is the default. */
    static final List<String> DISTGITS = List.of("fedora");

    private static final Pattern PACKAGE_NAME = Pattern.compile("^[-+_.a-zA-Z0-9]+$");
    private static final Pattern SPEC = Pattern.compile("^.+\\.spec$");
    private static final int MAX_SCRIPT = 4096;

    private SourceForms() {
    }

    /**
     * Checks the source fields of {@code sourceType} and returns the {@code source_json} Copr stores.
     * @param packageName the package name (DistGit sources need it for the clone URL)
     */
    static Map<String, Object> sourceJson(String sourceType, FormData data, @Nullable String packageName,
                                          StubState state, FormErrors errors) {
        return switch (sourceType) {
            case "scm" -> scm(data, errors);
            case "pypi" -> pypi(data, errors);
            case "rubygems" -> Map.of("gem_name", nullToEmpty(Validation.required(data, "gem_name", errors)));
            case "custom" -> custom(data, state, errors);
            case "distgit" -> distgit(data, packageName, errors);
            default -> throw new IllegalArgumentException("not a package source type: " + sourceType);
        };
    }

    /** {@code BasePackageForm.package_name}: letters, digits and {@code -+_.} only. */
    static void checkPackageName(@Nullable String packageName, FormErrors errors) {
        if (packageName == null || !PACKAGE_NAME.matcher(packageName).matches()) {
            errors.add("package_name", "Please enter a valid package name in " + PACKAGE_NAME.pattern());
        }
    }

    private static Map<String, Object> scm(FormData data, FormErrors errors) {
        String type = Validation.choice(data, "scm_type", List.of("git", "svn"), "git", errors);
        String cloneUrl = Validation.required(data, "clone_url", errors);
        if (cloneUrl != null && !Validation.isUrl(cloneUrl)) {
            errors.add("clone_url", "Invalid URL.");
        }
        String spec = text(data, "spec");
        if (!spec.isEmpty() && !SPEC.matcher(spec).matches()) {
            errors.add("spec", "RPM spec file must end with .spec");
        }
        String method = Validation.choice(data, "srpm_build_method", List.of("rpkg", "tito", "tito_test", "make_srpm"),
                "rpkg", errors);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("clone_url", nullToEmpty(cloneUrl));
        json.put("subdirectory", text(data, "subdirectory"));
        json.put("committish", text(data, "committish"));
        json.put("spec", spec);
        json.put("srpm_build_method", method);
        return json;
    }

    private static Map<String, Object> pypi(FormData data, FormErrors errors) {
        String name = Validation.required(data, "pypi_package_name", errors);
        String generator = Validation.choice(data, "spec_generator", List.of("pyp2rpm", "pyp2spec"), "pyp2spec", errors);
        String template = Validation.choice(data, "spec_template", List.of("", "fedora", "epel7", "mageia", "pld"), "",
                errors);
        List<String> versions = data.list("python_versions");
        for (String version : versions) {
            if (!List.of("3", "2").contains(version)) {
                errors.add("python_versions", "'" + version + "' is not a valid choice for this field.");
                break;
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pypi_package_name", nullToEmpty(name));
        json.put("pypi_package_version", text(data, "pypi_package_version"));
        json.put("spec_generator", generator);
        json.put("spec_template", template);
        json.put("python_versions", versions);
        return json;
    }

    private static Map<String, Object> custom(FormData data, StubState state, FormErrors errors) {
        String script = Validation.required(data, "script", errors);
        if (script != null && script.length() > MAX_SCRIPT) {
            errors.add("script", "Maximum script size is 4kB");
        }
        List<String> chroots = new ArrayList<>(state.mockChroots.keySet().stream()
                .filter(name -> name.startsWith("fedora-"))
                .map(name -> "fedora-latest-" + name.substring(name.lastIndexOf('-') + 1)).distinct().toList());
        chroots.addAll(state.mockChroots.keySet());
        String chroot = Validation.choice(data, "chroot", chroots, "fedora-latest-x86_64", errors);
        List<String> repos = data.list("repos");
        Validation.repoUrls("repos", repos, state, errors);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("script", script == null || script.endsWith("\n") ? nullToEmpty(script) : script + "\n");
        json.put("chroot", chroot);
        json.put("builddeps", text(data, "builddeps"));
        json.put("resultdir", text(data, "resultdir"));
        json.put("repos", String.join("\n", repos));
        return json;
    }

    private static Map<String, Object> distgit(FormData data, @Nullable String packageName, FormErrors errors) {
        String distgit = data.text("distgit");
        if (distgit == null || distgit.isEmpty()) {
            distgit = DISTGITS.get(0);
        } else if (!DISTGITS.contains(distgit)) {
            errors.add("distgit", "DistGit ID must be one of: " + String.join(", ", DISTGITS));
        }
        String namespace = text(data, "namespace");
        String committish = text(data, "committish");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clone_url", "https://src.fedoraproject.org/" + (namespace.isEmpty() ? "" : namespace + "/") + "rpms/"
                + packageName);
        json.put("distgit", distgit);
        if (!namespace.isEmpty()) {
            json.put("namespace", namespace);
        }
        if (!committish.isEmpty()) {
            json.put("committish", committish);
        }
        return json;
    }

    /** A {@code StringField}: the text, or {@code ""} when absent. */
    private static String text(FormData data, String field) {
        return nullToEmpty(data.text(field));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
