package dev.copr.test;

/**
 * The URLs in the stub's answers. Results URLs point at the stub's own host under {@code /results}
 * (where nothing is served), as Copr's point at its backend.
 */
final class Links {

    private final String frontend;

    Links(String frontend) {
        this.frontend = frontend;
    }

    /** The stub's base URL, e.g. {@code http://127.0.0.1:40123}. */
    String frontend() {
        return frontend;
    }

    /** The repository of a project directory, {@code <base>/results/<owner>/<dir>}. */
    String repo(String ownername, String dirname) {
        return frontend + "/results/" + ownername + "/" + dirname;
    }

    /** The results directory of a build's source (SRPM) build. */
    String sourceResults(String ownername, String dirname, long buildId) {
        return repo(ownername, dirname) + "/srpm-builds/" + "%08d".formatted(buildId);
    }

    /** The results directory of a build in one chroot, with Copr's trailing slash. */
    String chrootResults(String ownername, String dirname, String chroot, long buildId, String packageName) {
        return repo(ownername, dirname) + "/" + chroot + "/" + "%08d".formatted(buildId) + "-" + packageName + "/";
    }
}
