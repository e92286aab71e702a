package dev.copr.client.chroot;

import dev.copr.client.Arguments;
import dev.copr.client.CoprValidationException;
import dev.copr.client.http.CoprRequest;
import dev.copr.client.http.CoprTransport;
import dev.copr.client.http.FilePart;

/** The chroots of a project and their settings: python-copr's {@code ProjectChrootProxy}. */
public final class ProjectChrootProxy {

    private final CoprTransport transport;

    /** A proxy over the given transport; applications get it from {@code CoprClient}. */
    public ProjectChrootProxy(CoprTransport transport) {
        this.transport = transport;
    }

    /**
     * The settings of one chroot in a project; python-copr {@code get(ownername, projectname, chrootname)}.
     * @throws dev.copr.client.CoprNoResultException when the project or the chroot in it does not exist
     */
    public ProjectChroot get(String ownername, String projectname, String chrootname) {
        return transport.execute(query("project_chroot.get", "/project-chroot", ownername, projectname, chrootname),
                ProjectChroot.class);
    }

    /**
     * The build config Copr generates for one chroot of a project; python-copr
     * {@code get_build_config(ownername, projectname, chrootname)}.
     * @throws dev.copr.client.CoprNoResultException when the project or the chroot in it does not exist
     */
    public ProjectChrootBuildConfig getBuildConfig(String ownername, String projectname, String chrootname) {
        return transport.execute(query("project_chroot.get_build_config", "/project-chroot/build-config",
                ownername, projectname, chrootname), ProjectChrootBuildConfig.class);
    }

    /**
     * Changes the settings of one chroot in a project and returns them; python-copr
     * {@code edit(ownername, projectname, chrootname, ...)}. Needs credentials with edit rights.
     * Sent as multipart, as python-copr does: the settings in a part {@code json}, the
     * {@code comps.xml} (if any) streamed from disk in a part {@code upload_comps}.
     * @throws CoprValidationException when {@code comps} is not a readable file, or
     *         {@link ChrootBootstrap#CUSTOM_IMAGE} is asked for without a {@code bootstrapImage}
     * @throws dev.copr.client.CoprRequestException when Copr rejects a setting (e.g. an unknown reset field)
     */
    public ProjectChroot edit(String ownername, String projectname, String chrootname, ProjectChrootSettings settings) {
        Arguments.requireName("ownername", ownername);
        Arguments.requireName("projectname", projectname);
        Arguments.requireName("chrootname", chrootname);
        Arguments.requireNonNull("settings", settings);
        if (settings.bootstrapImage() != null) {
            Arguments.requireText("settings.bootstrapImage", settings.bootstrapImage());
        } else if (settings.bootstrap() == ChrootBootstrap.CUSTOM_IMAGE) {
            throw new CoprValidationException("settings.bootstrap custom_image needs a bootstrapImage: "
                    + "set one with withBootstrapImage(...)");
        }
        if (settings.comps() != null) {
            Arguments.requireReadableFile("settings.comps", settings.comps());
        }
        CoprRequest request = CoprRequest.put("project_chroot.edit",
                        "/project-chroot/edit/{ownername}/{projectname}/{chrootname}", ownername, projectname, chrootname)
                .withJson(ProjectChrootEditJson.of(settings))
                .asMultipart();
        if (settings.comps() != null) {
            request = request.withFile(new FilePart("upload_comps", settings.comps(), "application/text", null));
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
