package dev.copr.test;

/** One endpoint: answers a request with the JSON body of a 200, or throws a {@link CoprError}. */
@FunctionalInterface
interface Handler {

    Object handle(StubRequest request);
}
