package dev.copr.autoconfigure.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.autoconfigure.MutableClock;
import dev.copr.autoconfigure.events.CoprEventsStatus.Outcome;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CoprEventsStatusTest {

    private final MutableClock clock = new MutableClock();
    private final CoprEventsStatus status = new CoprEventsStatus(clock, Duration.ofMinutes(10));

    @Test
    void notLiveBeforeTheFirstConnection() {
        assertThat(status.isConnected()).isFalse();
        assertThat(status.isLive()).isFalse();
    }

    @Test
    void liveWhileTheConnectionIsYoungerThanTheSilenceTimeout() {
        status.connected("tmp_1");
        clock.advance(Duration.ofMinutes(9));
        assertThat(status.isLive()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(status.isLive()).isFalse();
        assertThat(status.isConnected()).isTrue();
    }

    @Test
    void eachMessageKeepsTheEventsLive() {
        status.connected("tmp_1");
        clock.advance(Duration.ofMinutes(9));
        status.received(Outcome.UNKNOWN_TOPIC);
        clock.advance(Duration.ofMinutes(9));

        assertThat(status.isLive()).isTrue();
    }

    @Test
    void notLiveOnceDisconnectedWhateverArrivedBefore() {
        status.connected("tmp_1");
        status.received(Outcome.PUBLISHED);
        status.disconnected();

        assertThat(status.isLive()).isFalse();
        assertThat(status.queue()).isEqualTo("tmp_1");
    }

    @Test
    void aReconnectionStartsTheSilenceTimeoutAfresh() {
        status.connected("tmp_1");
        clock.advance(Duration.ofMinutes(15));
        status.connected("tmp_2");

        assertThat(status.isLive()).isTrue();
        assertThat(status.queue()).isEqualTo("tmp_2");
    }

    @Test
    void countsByOutcome() {
        status.received(Outcome.PUBLISHED);
        status.received(Outcome.MALFORMED);
        status.received(Outcome.MALFORMED);

        assertThat(status.count(Outcome.MALFORMED)).isEqualTo(2);
        assertThat(status.count(Outcome.FILTERED)).isZero();
        assertThat(status.received()).isEqualTo(3);
    }
}
