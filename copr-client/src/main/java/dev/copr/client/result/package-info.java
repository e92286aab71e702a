/**
 * What a build left behind, after (or while) it ran: each chroot's verdict, its logs, and its built
 * files, downloaded into a directory laid out like copr-cli's {@code download-build}. Get it from
 * {@code CoprClient.results()}.
 *
 * <p>Logs and files live on the results host (the frontend's {@code BACKEND_BASE_URL}, e.g.
 * {@code download.copr.fedorainfracloud.org}) and, for projects on Pulp storage, the RPMs on Pulp's
 * content host: other hosts than the API's, which never receive the Copr credentials.
 */
@NullMarked
package dev.copr.client.result;

import org.jspecify.annotations.NullMarked;
