package dev.copr.test;

import java.util.List;

/** What the stub's results or Pulp host answers for a path, decided under the state's lock and sent after it. */
sealed interface HostAnswer {

    /** 200 with a file, or 206/416 for a range of it. */
    record Found(ResultEntry file) implements HostAnswer {
    }

    /** 200 with an autoindex page of a directory. */
    record Listing(String path, List<ResultEntry> files) implements HostAnswer {
    }

    /** 301 to another location, e.g. a directory with its trailing slash or an RPM on the Pulp host. */
    record Moved(String location) implements HostAnswer {
    }

    /** 404: nothing at this path. */
    record Missing() implements HostAnswer {
    }
}
