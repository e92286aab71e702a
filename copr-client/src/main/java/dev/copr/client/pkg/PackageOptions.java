package dev.copr.client.pkg;

import dev.copr.client.CoprValidationException;
import dev.copr.client.http.WireFields;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Package settings that do not depend on the source type, sent with package add and edit next to
 * the source's fields (python-copr puts them into {@code source_dict}). A null field is not sent:
 * Copr then keeps the stored value (edit) or uses its default (add).
 *
 * <pre>{@code
 * PackageOptions.webhookRebuild(true).withMaxBuilds(10)
 * }</pre>
 *
 * @param webhookRebuild rebuild on each push the project's webhook reports ({@code webhook_rebuild};
 *                       Copr answers it as {@code auto_rebuild})
 * @param maxBuilds keep only this many newest builds of the package, 0 for all ({@code max_builds},
 *                  Copr allows 0 to 100)
 * @param timeout longest build time, sent in seconds ({@code timeout})
 * @param chrootDenylist chroot name patterns (fnmatch, e.g. {@code epel-*}) never built for this
 *                       package, sent comma-separated ({@code chroot_denylist}); empty clears it
 */
public record PackageOptions(Boolean webhookRebuild, Integer maxBuilds, Duration timeout,
                             List<String> chrootDenylist) {

    private static final PackageOptions NONE = new PackageOptions(null, null, null, null);

    public PackageOptions {
        if (maxBuilds != null && maxBuilds < 0) {
            throw new CoprValidationException("maxBuilds must not be negative, was " + maxBuilds);
        }
        if (timeout != null && timeout.toSeconds() < 1) {
            throw new CoprValidationException("timeout must be at least one second, was " + timeout);
        }
        chrootDenylist = chrootDenylist == null ? null : List.copyOf(chrootDenylist);
    }

    /** No settings: nothing is sent. */
    public static PackageOptions none() {
        return NONE;
    }

    /** Only the webhook rebuild switch. */
    public static PackageOptions webhookRebuild(boolean webhookRebuild) {
        return NONE.withWebhookRebuild(webhookRebuild);
    }

    /** A copy with the webhook rebuild switch set. */
    public PackageOptions withWebhookRebuild(boolean webhookRebuild) {
        return new PackageOptions(webhookRebuild, maxBuilds, timeout, chrootDenylist);
    }

    /** A copy keeping only {@code maxBuilds} newest builds (0 keeps all). */
    public PackageOptions withMaxBuilds(int maxBuilds) {
        return new PackageOptions(webhookRebuild, maxBuilds, timeout, chrootDenylist);
    }

    /** A copy with the longest build time. */
    public PackageOptions withTimeout(Duration timeout) {
        return new PackageOptions(webhookRebuild, maxBuilds, timeout, chrootDenylist);
    }

    /** A copy never building in chroots matching {@code patterns}; an empty list clears the denylist. */
    public PackageOptions withChrootDenylist(List<String> patterns) {
        return new PackageOptions(webhookRebuild, maxBuilds, timeout, patterns);
    }

    /** The settings in Copr's API names, without the ones that are not set. */
    public Map<String, Object> wireFields() {
        return WireFields.create()
                .put("webhook_rebuild", webhookRebuild)
                .put("max_builds", maxBuilds)
                .put("timeout", timeout)
                .put("chroot_denylist", chrootDenylist == null ? null : String.join(",", chrootDenylist))
                .toMap();
    }
}
