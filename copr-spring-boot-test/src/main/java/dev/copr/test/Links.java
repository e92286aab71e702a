package dev.copr.test;

/**
 * The URLs in the stub's answers, on the stub's three hosts as Copr's are on three: the frontend
 * (the API), the results host (the backend's {@code BACKEND_BASE_URL}, results under {@code
 * /results}) and the Pulp content host ({@code PULP_CONTENT_URL}) for projects on Pulp storage.
 */
final class Links {

    private final String frontend;
    private final String results;
    private final String pulp;

    Links(String frontend, String results, String pulp) {
        this.frontend = frontend;
        this.results = results;
        this.pulp = pulp;
    }

    /** The stub's base URL, e.g. {@code http://127.0.0.1:40123}. */
    String frontend() {
        return frontend;
    }

    /** The results host's base URL, e.g. {@code http://127.0.0.1:40124}. */
    String resultsHost() {
        return results;
    }

    /**
     * A project's repository (Copr's {@code repo_url}): {@code <pulp>/<owner>/<dir>} on Pulp storage,
     * else {@code <results>/results/<owner>/<dir>}.
     */
    String repo(ProjectRecord project, String dirname) {
        return project.onPulp() ? pulp + "/" + project.ownername + "/" + dirname
                : backendRepo(project.ownername, dirname);
    }

    /** A project directory on the results host, {@code <results>/results/<owner>/<dir>}, whatever the storage. */
    String backendRepo(String ownername, String dirname) {
        return results + "/results/" + ownername + "/" + dirname;
    }

    /** The results directory of a build's source (SRPM) build: always on the results host, no trailing slash. */
    String sourceResults(String ownername, String dirname, long buildId) {
        return backendRepo(ownername, dirname) + "/" + ResultsLayout.SOURCE_CHROOT + "/"
                + ResultsLayout.buildDir(buildId);
    }

    /** The results directory of a build in one chroot, with Copr's trailing slash. */
    String chrootResults(String ownername, String dirname, String chroot, long buildId, String packageName) {
        return backendRepo(ownername, dirname) + "/" + chroot + "/" + ResultsLayout.buildDir(buildId) + "-"
                + packageName + "/";
    }

    /** Where Pulp serves a project's RPM: {@code <pulp>/<owner>/<dir>/<chroot>/Packages/<first letter>/<file>}. */
    String pulpPackage(String ownername, String dirname, String chroot, String fileName) {
        return pulp + "/" + ownername + "/" + dirname + "/" + chroot + "/Packages/" + fileName.charAt(0) + "/"
                + fileName;
    }
}
