package dev.copr.autoconfigure.events;

import java.time.Duration;

/** Takes note of each message the events' consumer handles, e.g. as metrics. */
interface CoprEventsRecorder {

    /** Records nothing. */
    CoprEventsRecorder NONE = new CoprEventsRecorder() {
        @Override
        public void received(String topic, CoprEventsStatus.Outcome outcome) {
        }

        @Override
        public void lag(String topic, Duration lag) {
        }
    };

    /** A message of {@code topic} (without the bus's prefix) was handled with {@code outcome}. */
    void received(String topic, CoprEventsStatus.Outcome outcome);

    /** A message of {@code topic} arrived {@code lag} after it was sent. */
    void lag(String topic, Duration lag);
}
