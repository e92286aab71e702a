package dev.copr.client.project;

import com.github.tomakehurst.wiremock.client.BasicCredentials;

import dev.copr.client.CoprWireMock;

/** A project as Copr's {@code to_dict} marshals it, and helpers shared by the project tests. */
final class ProjectFixtures {

    /** Every field of Copr's project schema, plus one a newer Copr might add. */
    static final String PROJECT_JSON = """
            {"id": 4242, "name": "hello", "ownername": "jdoe", "full_name": "jdoe/hello",
             "homepage": "https://github.com/jdoe/hello", "contact": "jdoe@example.com",
             "description": "Hello world packages", "instructions": "dnf copr enable jdoe/hello",
             "devel_mode": false, "persistent": false, "unlisted_on_hp": true, "auto_prune": true,
             "chroot_repos": {
               "fedora-rawhide-x86_64": "https://download.copr.fedorainfracloud.org/results/jdoe/hello/fedora-rawhide-x86_64/",
               "epel-9-aarch64": "https://download.copr.fedorainfracloud.org/results/jdoe/hello/epel-9-aarch64/"},
             "additional_repos": ["copr://@python/python3.13", "https://example.org/repo/$releasever/"],
             "enable_net": false, "bootstrap": "image", "isolation": "nspawn", "module_hotfixes": false,
             "appstream": false, "packit_forge_projects_allowed": ["github.com/jdoe/hello"],
             "follow_fedora_branching": true, "repo_priority": 42, "storage": "pulp",
             "pulp_labels": {"team": "x"}}
            """;

    private ProjectFixtures() {
    }

    static BasicCredentials credentials() {
        return new BasicCredentials(CoprWireMock.LOGIN, CoprWireMock.TOKEN);
    }
}
