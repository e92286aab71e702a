package dev.copr.test;

import dev.copr.client.build.BuildState;
import dev.copr.client.project.Storage;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a stub starts with, and returns to on {@link CoprStub#reset()}.
 *
 * @param users the users, the first one being the default user
 * @param groups groups that exist even when no user belongs to them
 * @param mockChroots the active chroots with their comments, in order
 * @param progression how builds move on
 * @param timedStep the time between two steps of {@link BuildProgression#TIMED}
 * @param outcome how builds end unless told otherwise
 * @param chrootOutcomes how builds end in these chroots, overriding {@code outcome}
 * @param defaultStorage the storage of projects created without one, Copr's {@code DEFAULT_STORAGE}
 * @param rpmSize the size of each RPM and SRPM a build makes, in bytes
 * @param clock the source of Copr's timestamps
 * @param port the loopback port to listen on, 0 for a free one
 * @param searchIndex when the full-text project search sees changes
 * @param busPublisher where to publish the messages Copr's backend sends as builds run, if anywhere
 */
record StubSettings(List<CoprStubUser> users, Set<String> groups, Map<String, String> mockChroots,
                    BuildProgression progression, Duration timedStep, BuildState outcome,
                    Map<String, BuildState> chrootOutcomes, Storage defaultStorage, long rpmSize, Clock clock, int port,
                    SearchIndex searchIndex, @Nullable BusPublisher busPublisher) {
}
