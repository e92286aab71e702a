package dev.copr.test.spring;

import dev.copr.autoconfigure.CoprConnectionDetails;
import dev.copr.test.CoprStub;

import java.net.URI;

/**
 * Connects the auto-configured Copr client to a {@link CoprStub} as its default user, in place of
 * the {@code copr.*} properties and {@code ~/.config/copr}.
 *
 * @since 0.1.0
 */
public final class CoprStubConnectionDetails implements CoprConnectionDetails {

    private final CoprStub stub;

    /** Details of {@code stub}, read from it on each call (a renewed token is picked up). */
    public CoprStubConnectionDetails(CoprStub stub) {
        this.stub = stub;
    }

    @Override
    public URI getUrl() {
        return stub.url();
    }

    @Override
    public String getLogin() {
        return stub.defaultUser().login();
    }

    @Override
    public String getToken() {
        return stub.defaultUser().token();
    }

    @Override
    public String getUsername() {
        return stub.defaultUser().name();
    }

    @Override
    public String toString() {
        return "CoprStubConnectionDetails[url=" + stub.url() + ", username=" + getUsername() + ", credentials=****]";
    }
}
