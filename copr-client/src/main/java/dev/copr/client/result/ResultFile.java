package dev.copr.client.result;

import dev.copr.client.build.BuiltPackage;
import dev.copr.client.exception.CoprRequestException;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * One file a build left in a chroot's result directory.
 *
 * @param chroot the chroot, e.g. {@code fedora-rawhide-x86_64}; also the directory a download writes it to
 * @param kind what it is
 * @param fileName its name, e.g. {@code hello-2.12-1.fc41.x86_64.rpm}
 * @param url where it is; for an RPM of a project on Pulp storage the results host redirects to Pulp
 *            (in devel mode, from the chroot's {@code -devel} directory to Pulp's devel distribution)
 * @param nevra the package, for an RPM; null for other files
 * @since 0.1.0
 */
public record ResultFile(String chroot, ResultKind kind, String fileName, URI url, @Nullable BuiltPackage nevra) {

    /**
     * The file {@code fileName} in the result directory {@code resultUrl}, e.g. its {@code success}
     * marker; a chroot's {@code result_url} ends with a slash, a source build's does not.
     * @throws CoprRequestException when Copr's {@code result_url} is not a URL
     */
    public static URI locate(String resultUrl, String fileName) {
        String directory = resultUrl.endsWith("/") ? resultUrl : resultUrl + "/";
        try {
            return new URI(directory).resolve(new URI(null, null, fileName, null));
        } catch (URISyntaxException e) {
            throw new CoprRequestException("Copr answered a result_url that is not a URL: " + e.getReason()
                    + " at index " + e.getIndex());
        }
    }

    /**
     * The RPM file {@code package} is in, named as Copr's backend names it
     * ({@code <name>-<version>-<release>.<arch>.rpm}, without the epoch), in {@code resultUrl}.
     */
    public static ResultFile ofPackage(String chroot, String resultUrl, BuiltPackage nevra) {
        String fileName = nevra.name() + "-" + nevra.version() + "-" + nevra.release() + "." + nevra.arch() + ".rpm";
        ResultKind kind = "src".equals(nevra.arch()) ? ResultKind.SOURCE_RPM : ResultKind.BINARY_RPM;
        return new ResultFile(chroot, kind, fileName, locate(resultUrl, fileName), nevra);
    }
}
