package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.UnknownFields;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Copr build, as {@code GET /api_3/build/{id}} answers.
 *
 * @param id build id; an answer without it is refused
 * @param state state derived from the build's chroots and source build; an answer without it is refused,
 *              a state this client does not know is {@link BuildState#UNKNOWN}
 * @param ownername owner of the project (user or {@code @group})
 * @param projectname project name
 * @param projectDirname the project directory (CoprDir) built into
 * @param repoUrl URL of the results repository
 * @param submitter user who submitted it; null when unknown
 * @param submittedOn when it was submitted
 * @param startedOn when it started; null before
 * @param endedOn when it ended; null before
 * @param background whether it is a low-priority background build
 * @param chroots chroots it builds in
 * @param sourcePackage the source package it built
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record Build(@JsonSetter(nulls = Nulls.FAIL) long id,
                    @JsonSetter(nulls = Nulls.FAIL) BuildState state, String ownername, String projectname,
                    @JsonProperty("project_dirname") String projectDirname,
                    @JsonProperty("repo_url") String repoUrl, @Nullable String submitter,
                    @JsonProperty("submitted_on") Instant submittedOn,
                    @JsonProperty("started_on") @Nullable Instant startedOn,
                    @JsonProperty("ended_on") @Nullable Instant endedOn,
                    @JsonProperty("is_background") boolean background, List<String> chroots,
                    @JsonProperty("source_package") SourcePackage sourcePackage,
                    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public Build {
        state = state == null ? BuildState.UNKNOWN : state;
        chroots = ApiLists.copyOf(chroots);
        extra = UnknownFields.copyOf(extra);
    }

    /** Whether python-copr's {@code wait()} stops watching this build; see {@link BuildState#ended()}. */
    public boolean ended() {
        return state.ended();
    }
}
