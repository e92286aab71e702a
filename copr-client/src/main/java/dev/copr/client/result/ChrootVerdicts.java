package dev.copr.client.result;

import dev.copr.client.build.BuildState;
import dev.copr.client.chroot.BuildChroot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one build in each of its chroots. Copr calls a build {@code failed} when any chroot
 * failed; this answers the question a user of one chroot asks: did it pass in <em>mine</em>?
 *
 * <pre>{@code
 * ChrootVerdicts verdicts = copr.results().verdicts(build);
 * if (!verdicts.succeededIn("fedora-rawhide-x86_64")) { ... }
 * }</pre>
 *
 * @param buildId the build
 * @param chroots its chroots as {@code GET /api_3/build-chroot/list} answers, in Copr's order
 * @since 0.1.0
 */
public record ChrootVerdicts(long buildId, List<BuildChroot> chroots) {

    public ChrootVerdicts {
        chroots = List.copyOf(chroots);
    }

    /** Each chroot's name and state, in Copr's order. */
    public Map<String, BuildState> states() {
        Map<String, BuildState> states = new LinkedHashMap<>();
        chroots.forEach(chroot -> states.put(chroot.name(), chroot.state()));
        return states;
    }

    /** The state in one chroot; empty when the build was not submitted to it. */
    public Optional<BuildState> state(String chroot) {
        return find(chroot).map(BuildChroot::state);
    }

    /** One chroot of the build; empty when the build was not submitted to it. */
    public Optional<BuildChroot> find(String chroot) {
        return chroots.stream().filter(candidate -> candidate.name().equals(chroot)).findFirst();
    }

    /**
     * Whether the build succeeded in every one of these chroots; false when one of them is not among
     * the build's chroots, or none is given.
     */
    public boolean succeededIn(Collection<String> chosen) {
        return !chosen.isEmpty() && chosen.stream().allMatch(chroot -> state(chroot).orElse(BuildState.UNKNOWN)
                == BuildState.SUCCEEDED);
    }

    /** See {@link #succeededIn(Collection)}. */
    public boolean succeededIn(String... chosen) {
        return succeededIn(List.of(chosen));
    }

    /** The chroots the build failed in, whose logs say why. */
    public List<BuildChroot> failed() {
        return chroots.stream().filter(chroot -> chroot.state() == BuildState.FAILED).toList();
    }

    /** Whether the build ended in every chroot ({@link BuildState#ended()}). */
    public boolean ended() {
        return chroots.stream().allMatch(chroot -> chroot.state().ended());
    }
}
