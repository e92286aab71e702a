package dev.copr.client.internal.proxy;

import dev.copr.client.chroot.ProjectChroot;
import dev.copr.client.chroot.ProjectChrootBuildConfig;
import dev.copr.client.chroot.ProjectChrootOptions;
import dev.copr.client.chroot.ProjectChrootProxy;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.internal.Arguments;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;
import dev.copr.client.internal.http.FilePart;
import dev.copr.client.mock.Bootstrap;

import java.nio.file.Path;

/**
 * The {@link ProjectChrootProxy} of a {@code CoprClient}: checks the arguments, then sends each call as one
 * request through the client's transport.
 *
 * @since 0.1.0
 */
public final class HttpProjectChrootProxy implements ProjectChrootProxy {

    private final CoprTransport transport;

    /** A proxy sending through {@code transport}. */
    public HttpProjectChrootProxy(CoprTransport transport) {
        this.transport = transport;
    }

    @Override
    public ProjectChroot get(String ownername, String projectname, String chrootname) {
        return transport.execute(query("project_chroot.get", "/project-chroot", ownername, projectname, chrootname),
                ProjectChroot.class);
    }

    @Override
    public ProjectChrootBuildConfig getBuildConfig(String ownername, String projectname, String chrootname) {
        return transport.execute(query("project_chroot.get_build_config", "/project-chroot/build-config",
                ownername, projectname, chrootname), ProjectChrootBuildConfig.class);
    }

    @Override
    public ProjectChroot edit(String ownername, String projectname, String chrootname, ProjectChrootOptions options) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireName("chrootname", chrootname);
        Arguments.requireNonNull("options", options);
        String bootstrapImage = options.bootstrapImage();
        if (bootstrapImage != null) {
            Arguments.requireText("options.bootstrapImage", bootstrapImage);
        } else if (options.bootstrap() == Bootstrap.CUSTOM_IMAGE) {
            throw new CoprValidationException("options.bootstrap custom_image needs a bootstrapImage: "
                    + "set one with ProjectChrootOptions.Builder.bootstrapImage(...)");
        }
        Path comps = options.comps();
        if (comps != null) {
            Arguments.requireReadableFile("options.comps", comps);
        }
        CoprRequest request = CoprRequest.put("project_chroot.edit",
                        "/project-chroot/edit/{ownername}/{projectname}/{chrootname}", ownername, projectname, chrootname)
                .withJson(WireForms.projectChrootEdit(options))
                .asMultipart();
        if (comps != null) {
            request = request.withFile(new FilePart("upload_comps", comps, "application/text", null));
        }
        return transport.execute(request, ProjectChroot.class);
    }

    private static CoprRequest query(String operation, String path, String ownername, String projectname,
                                     String chrootname) {
        return CoprRequest.get(operation, path)
                .withQuery("ownername", Arguments.requireName("ownername", ownername))
                .withQuery("projectname", Arguments.requireName("projectname", projectname))
                .withQuery("chrootname", Arguments.requireName("chrootname", chrootname));
    }
}
