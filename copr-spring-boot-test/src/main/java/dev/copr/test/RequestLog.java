package dev.copr.test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The requests a stub received, the most recent {@link #CAPACITY} of them, so a long-running stub stays small. */
final class RequestLog {

    /** How many requests are kept. */
    static final int CAPACITY = 10_000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    synchronized void add(RecordedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
