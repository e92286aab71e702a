package dev.copr.client.pkg;

import dev.copr.client.Arguments;
import dev.copr.client.http.WireFields;

import java.util.List;
import java.util.Map;

/**
 * Sources made by a script that Copr runs in a mock chroot, Copr's source type {@code custom}.
 * The fields carry the server's names ({@code chroot}, {@code builddeps}, ...), which python-copr's
 * {@code create_from_custom} spells {@code script_chroot}, {@code script_builddeps}, ...
 *
 * @param script the script (at most 4 kB); required
 * @param chroot mock chroot the script runs in; Copr's default is {@code fedora-latest-x86_64}
 * @param builddeps packages the script needs
 * @param resultdir directory, relative to the script's working directory, where it leaves the
 *                  sources and spec file
 * @param repos URLs of extra repositories for {@code builddeps}
 */
public record CustomSource(String script, String chroot, List<String> builddeps, String resultdir,
                           List<String> repos) implements PackageSource {

    public CustomSource {
        Arguments.requireText("script", script);
        builddeps = builddeps == null ? null : List.copyOf(builddeps);
        repos = repos == null ? null : List.copyOf(repos);
    }

    /** Sources made by {@code script}, with Copr's defaults for everything else. */
    public static CustomSource of(String script) {
        return new CustomSource(script, null, null, null, null);
    }

    /** A copy running the script in {@code chroot}. */
    public CustomSource withChroot(String chroot) {
        return new CustomSource(script, chroot, builddeps, resultdir, repos);
    }

    /** A copy installing {@code builddeps} before the script runs. */
    public CustomSource withBuilddeps(List<String> builddeps) {
        return new CustomSource(script, chroot, builddeps, resultdir, repos);
    }

    /** A copy taking the results from {@code resultdir}. */
    public CustomSource withResultdir(String resultdir) {
        return new CustomSource(script, chroot, builddeps, resultdir, repos);
    }

    /** A copy with extra repositories for the build dependencies. */
    public CustomSource withRepos(List<String> repos) {
        return new CustomSource(script, chroot, builddeps, resultdir, repos);
    }

    @Override
    public String sourceType() {
        return "custom";
    }

    @Override
    public Map<String, Object> wireFields() {
        return WireFields.create()
                .put("script", script)
                .put("chroot", chroot)
                .put("builddeps", builddeps)
                .put("resultdir", resultdir)
                .put("repos", repos)
                .toMap();
    }
}
