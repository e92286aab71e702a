package dev.copr.client.chroot;

import dev.copr.client.build.BuiltPackage;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The chroots of a build: python-copr's {@code BuildChrootProxy}; get it from
 * {@code CoprClient.buildChroots()}. All calls are anonymous.
 *
 * @since 0.1.0
 */
public interface BuildChrootProxy {

    /**
     * One chroot of a build; python-copr {@code get(build_id, chrootname)}.
     * @throws dev.copr.client.exception.CoprNoResultException when the build does not exist or was not submitted to the chroot
     */
    BuildChroot get(long buildId, String chrootname);

    /** All chroots of a build at once; see {@link #getList(long, Pagination)}. */
    default Page<BuildChroot> getList(long buildId) {
        return getList(buildId, null);
    }

    /**
     * The chroots of a build, one page at a time; python-copr {@code get_list(build_id, pagination)}.
     * Copr ignores {@code order=name} here and keeps its default order.
     * @param pagination which page to fetch; null or {@link Pagination#none()} for all chroots at once
     */
    Page<BuildChroot> getList(long buildId, @Nullable Pagination pagination);

    /**
     * The config the build runs with in one chroot; python-copr {@code get_build_config(build_id, chrootname)}.
     * @throws dev.copr.client.exception.CoprNoResultException when the build does not exist or was not submitted to the chroot
     */
    BuildChrootConfig getBuildConfig(long buildId, String chrootname);

    /**
     * The RPMs the build produced in one chroot (empty until it has finished); python-copr
     * {@code get_built_packages(build_id, chrootname)}, which returns them under {@code packages}.
     * @throws dev.copr.client.exception.CoprNoResultException when the build does not exist or was not submitted to the chroot
     */
    List<BuiltPackage> getBuiltPackages(long buildId, String chrootname);
}
