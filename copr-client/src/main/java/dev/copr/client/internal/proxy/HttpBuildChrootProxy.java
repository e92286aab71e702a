package dev.copr.client.internal.proxy;

import dev.copr.client.build.BuiltPackage;
import dev.copr.client.build.ChrootPackages;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootConfig;
import dev.copr.client.chroot.BuildChrootProxy;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The {@link BuildChrootProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpBuildChrootProxy implements BuildChrootProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpBuildChrootProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public BuildChroot get(long buildId, String chrootname) {
        return transport.execute(query("build_chroot.get", "/build-chroot", buildId, chrootname), BuildChroot.class);
    }

    @Override
    public Page<BuildChroot> getList(long buildId, @Nullable Pagination pagination) {
        Arguments.requireId("buildId", buildId);
        CoprRequest request = CoprRequest.get("build_chroot.get_list", "/build-chroot/list").withQuery("build_id", buildId);
        return transport.executePage(request, pagination, BuildChroot.class);
    }

    @Override
    public BuildChrootConfig getBuildConfig(long buildId, String chrootname) {
        return transport.execute(query("build_chroot.get_build_config", "/build-chroot/build-config", buildId,
                chrootname), BuildChrootConfig.class);
    }

    @Override
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
