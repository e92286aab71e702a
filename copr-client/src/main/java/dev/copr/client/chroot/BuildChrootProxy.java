package dev.copr.client.chroot;

import dev.copr.client.Arguments;
import dev.copr.client.build.BuiltPackage;
import dev.copr.client.build.ChrootPackages;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.List;

/** The chroots of a build: python-copr's {@code BuildChrootProxy}. All calls are anonymous. */
public final class BuildChrootProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public BuildChrootProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * One chroot of a build; python-copr {@code get(build_id, chrootname)}.
     * @throws dev.copr.client.CoprNoResultException when the build does not exist or was not submitted to the chroot
     */
    public BuildChroot get(long buildId, String chrootname) {
        return transport.execute(query("build_chroot.get", "/build-chroot", buildId, chrootname), BuildChroot.class);
    }

    /**
     * The chroots of a build, one page at a time; python-copr {@code get_list(build_id, pagination)}.
     * Copr ignores {@code order=name} here and keeps its default order.
     * @param pagination which page to fetch; null or {@link Pagination#none()} for all chroots at once
     */
    public Page<BuildChroot> getList(long buildId, Pagination pagination) {
        Arguments.requireId("buildId", buildId);
        CoprRequest request = CoprRequest.get("build_chroot.get_list", "/build-chroot/list").withQuery("build_id", buildId);
        return transport.executePage(request, pagination, BuildChroot.class);
    }

    /**
     * The config the build runs with in one chroot; python-copr {@code get_build_config(build_id, chrootname)}.
     * @throws dev.copr.client.CoprNoResultException when the build does not exist or was not submitted to the chroot
     */
    public BuildChrootConfig getBuildConfig(long buildId, String chrootname) {
        return transport.execute(query("build_chroot.get_build_config", "/build-chroot/build-config", buildId,
                chrootname), BuildChrootConfig.class);
    }

    /**
     * The RPMs the build produced in one chroot (empty until it has finished); python-copr
     * {@code get_built_packages(build_id, chrootname)}, which returns them under {@code packages}.
     * @throws dev.copr.client.CoprNoResultException when the build does not exist or was not submitted to the chroot
     */
    public List<BuiltPackage> getBuiltPackages(long buildId, String chrootname) {
        return transport.execute(query("build_chroot.get_built_packages", "/build-chroot/built-packages", buildId,
                chrootname), ChrootPackages.class).packages();
    }

    private static CoprRequest query(String operation, String path, long buildId, String chrootname) {
        return CoprRequest.get(operation, path)
                .withQuery("build_id", Arguments.requireId("buildId", buildId))
                .withQuery("chrootname", Arguments.requireName("chrootname", chrootname));
    }
}
