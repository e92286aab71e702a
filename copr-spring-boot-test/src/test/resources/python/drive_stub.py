"""Drives the Copr stub with raw requests, as python-copr v3 sends them (test of copr-spring-boot-test).

Reads COPR_URL, COPR_LOGIN and COPR_TOKEN from the environment and the SRPM path from argv[1];
prints "ok" and exits 0 when every answer is what Copr would send.
"""
import json
import os
import sys

import requests

API = os.environ["COPR_URL"].rstrip("/") + "/api_3"
AUTH = (os.environ["COPR_LOGIN"], os.environ["COPR_TOKEN"])
SESSION = requests.Session()
SESSION.headers["User-Agent"] = "copr python-copr/2.0 (stub test)"


def answer(response, status=200):
    if response.status_code != status:
        sys.exit("{} {} answered {}, not {}: {}".format(response.request.method, response.request.url,
                                                         response.status_code, status, response.text))
    return response.json()


def expect(actual, expected, what):
    if actual != expected:
        sys.exit("{}: expected {!r}, got {!r}".format(what, expected, actual))


def main(srpm):
    expect(answer(SESSION.get(API + "/")), {"version": 3}, "home")
    expect(answer(SESSION.get(API + "/auth-check", auth=AUTH))["name"], "tester", "auth-check")
    refused = answer(SESSION.get(API + "/auth-check", auth=(AUTH[0], "wrong")), 401)
    expect(refused["output"], "notok", "refused token")

    # python-copr fills the path from its params and sends them as the query too
    project = answer(SESSION.post(API + "/project/add/tester", params={"ownername": "tester", "exist_ok": False},
                                  json={"name": "py", "chroots": ["fedora-rawhide-x86_64", "epel-9-x86_64"],
                                        "description": "from Python", "instructions": None, "homepage": None,
                                        "contact": None, "additional_repos": None, "unlisted_on_hp": False,
                                        "enable_net": False, "persistent": False, "auto_prune": True,
                                        "bootstrap": None, "isolation": None, "devel_mode": False,
                                        "delete_after_days": None, "multilib": False, "module_hotfixes": False,
                                        "fedora_review": None, "appstream": False, "runtime_dependencies": None,
                                        "packit_forge_projects_allowed": None, "repo_priority": None,
                                        "follow_fedora_branching": True, "storage": None},
                                  auth=AUTH))
    expect(project["full_name"], "tester/py", "project add")

    builds = answer(SESSION.post(API + "/build/create/url", auth=AUTH, json={
        "ownername": "tester", "projectname": "py", "project_dirname": None,
        "pkgs": ["https://example.com/foo-1.0-1.src.rpm", "https://example.com/bar-2.0-1.src.rpm"],
        "chroots": ["epel-9-x86_64"], "timeout": 3600}))["items"]
    expect(len(builds), 2, "builds from URLs")

    data = {"ownername": "tester", "projectname": "py", "project_dirname": None, "chroots": None}
    with open(srpm, "rb") as pkg:
        upload = answer(SESSION.post(API + "/build/create/upload", auth=AUTH, files={
            "json": ("json", json.dumps(data), "application/json"),
            "pkgs": (os.path.basename(srpm), pkg, "application/x-rpm")}))
    builds.append(upload)

    for build in builds:
        for _ in range(10):
            build = answer(SESSION.get(API + "/build/{}".format(build["id"])))
            if build["state"] in ["succeeded", "skipped", "failed", "canceled"]:
                break
        expect(build["state"], "succeeded", "build {}".format(build["id"]))

    names = []
    params = {"ownername": "tester", "projectname": "py", "limit": 1, "offset": 0}
    while True:
        page = answer(SESSION.get(API + "/package/list", params=params))
        if not page["items"]:
            break
        names += [item["name"] for item in page["items"]]
        params["offset"] = page["meta"]["offset"] + page["meta"]["limit"]
    expect(sorted(names), ["bar", "foo", "hello"], "packages walked page by page")

    monitor = answer(SESSION.get(API + "/monitor", params={"ownername": "tester", "projectname": "py",
                                                            "additional_fields[]": ["url_build_log"]}))
    expect([pkg["name"] for pkg in monitor["packages"]], ["bar", "foo", "hello"], "monitor packages")
    foo = monitor["packages"][1]["chroots"]["epel-9-x86_64"]
    expect(foo["url_build_log"].endswith("builder-live.log.gz"), True, "monitor log URL")

    expect(answer(SESSION.get(API + "/build/999"), 404), {"error": "Build 999 does not exist."}, "missing build")
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1])
