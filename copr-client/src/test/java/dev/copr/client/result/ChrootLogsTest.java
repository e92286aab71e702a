package dev.copr.client.result;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprWireMock;
import dev.copr.client.build.BuildState;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChrootLogsTest {

    private static final String RESULT_URL =
            "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/fedora-rawhide-x86_64/06789012-hello/";

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    @Test
    void aRunningChrootHasBothLogsInPlainText() {
        ChrootLogs logs = ChrootLogs.of(RESULT_URL, BuildState.RUNNING);

        assertThat(logs.builderLive()).isEqualTo(URI.create(RESULT_URL + "builder-live.log"));
        assertThat(logs.backend()).isEqualTo(URI.create(RESULT_URL + "backend.log"));
    }

    @Test
    void aStartingChrootHasOnlyTheBackendLog() {
        ChrootLogs logs = ChrootLogs.of(RESULT_URL, BuildState.STARTING);

        assertThat(logs.builderLiveLog()).isEmpty();
        assertThat(logs.backendLog()).contains(URI.create(RESULT_URL + "backend.log"));
    }

    @ParameterizedTest
    @EnumSource(names = {"FAILED", "SUCCEEDED", "CANCELED", "IMPORTING"})
    void anEndedChrootHasGzippedLogs(BuildState state) {
        ChrootLogs logs = ChrootLogs.of(RESULT_URL, state);

        assertThat(logs.builderLive()).isEqualTo(URI.create(RESULT_URL + "builder-live.log.gz"));
        assertThat(logs.backend()).isEqualTo(URI.create(RESULT_URL + "backend.log.gz"));
    }

    @ParameterizedTest
    @EnumSource(names = {"PENDING", "WAITING", "SKIPPED", "FORKED", "UNKNOWN"})
    void otherStatesHaveNoLogs(BuildState state) {
        assertThat(ChrootLogs.of(RESULT_URL, state)).isEqualTo(new ChrootLogs(null, null));
    }

    @Test
    void aChrootWithoutResultDirectoryHasNoLogs() {
        assertThat(ChrootLogs.of((String) null, BuildState.RUNNING)).isEqualTo(new ChrootLogs(null, null));
    }

    @Test
    void theSourceBuildsLogsAreUnderItsSrpmBuildsDirectory() {
        copr.stubFor(get("/api_3/build/source-chroot/6789012").willReturn(okJson("""
                {"state": "failed",
                 "result_url": "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/srpm-builds/06789012"}
                """)));

        ChrootLogs logs = copr.client().results().sourceLogs(6789012);

        copr.verify(getRequestedFor(urlEqualTo("/api_3/build/source-chroot/6789012")));
        String directory = "https://download.copr.fedorainfracloud.org/results/@copr/copr-dev/srpm-builds/06789012/";
        assertThat(logs.builderLive()).isEqualTo(URI.create(directory + "builder-live.log.gz"));
        assertThat(logs.backend()).isEqualTo(URI.create(directory + "backend.log.gz"));
    }
}
