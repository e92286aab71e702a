package dev.copr.client;

/** Answers shaped like Copr's (from the frontend's {@code to_dict} functions and API tests). */
public final class ApiSamples {

    /** {@code Basic} header of the login {@code login} and token {@code token} the tests configure. */
    public static final String BASIC_AUTH = "Basic bG9naW46dG9rZW4=";

    /** A build as {@code apiv3_builds.to_dict} writes it, with the given id. */
    public static String build(long id) {
        return """
                {"id": %d, "state": "importing", "ownername": "@copr", "projectname": "copr-dev",
                 "project_dirname": "copr-dev",
                 "repo_url": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev",
                 "submitter": "praiskup", "submitted_on": 1700000000, "started_on": null, "ended_on": null,
                 "is_background": false, "chroots": ["fedora-41-x86_64"],
                 "source_package": {"name": null, "version": null, "url": null}}
                """.formatted(id);
    }

    /** A list answer of the given items with Copr's pagination meta. */
    public static String list(String meta, String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"meta\": " + meta + "}";
    }

    /** A package as {@code apiv3_packages.to_dict} writes it, without latest builds. */
    public static final String PACKAGE = """
            {"id": 56, "name": "copr-cli", "ownername": "@copr", "projectname": "copr-dev",
             "source_type": "scm",
             "source_dict": {"type": "git", "clone_url": "https://github.com/fedora-copr/copr.git",
                             "subdirectory": "cli", "committish": "", "spec": "copr-cli.spec",
                             "source_build_method": "tito"},
             "auto_rebuild": true,
             "builds": {"latest": null, "latest_succeeded": null}}
            """;

    private ApiSamples() {
    }
}
