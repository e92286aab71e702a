package dev.copr.client.config;

import dev.copr.client.CoprClient;
import dev.copr.client.exception.CoprConfigException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where {@link CoprClient#renewApiToken()} saves a renewed token, so that a restart uses it too;
 * e.g. {@link ClassicConfigFileTokenStore} for {@code ~/.config/copr}. It should be where the
 * client's token was read from, since a token saved there by another client replaces the client's
 * own on its next renewal.
 *
 * @since 0.1.0
 */
public interface ApiTokenStore {

    /**
     * Fails when a token could not be saved. Called before the renewal, because the renewal makes
     * Copr refuse the old token.
     * @throws CoprConfigException naming what is missing or not writable
     */
    void checkWritable();

    /**
     * Saves the renewed token; on failure the previously saved token must still be readable.
     * @throws CoprConfigException naming what could not be written
     */
    void save(ApiToken token);

    /**
     * Runs a renewal, with {@link #saved()} and {@link #save}, while no other client renews the
     * token of this store, in this process or another: of two renewals of one token, the second
     * is sent with the token the first one invalidated. The default runs it at once, for a store
     * that no other client shares.
     * @throws CoprConfigException naming the lock that could not be taken (nothing ran then)
     */
    default <T> T exclusively(Supplier<T> renewal) {
        return renewal.get();
    }

    /**
     * The token saved now, read afresh within {@link #exclusively}: when it is not the one the client
     * uses, another client renewed it since, and the client switches to it instead of renewing.
     * The default is empty, for a store that cannot tell.
     * @throws CoprConfigException naming what could not be read
     */
    default Optional<ApiToken> saved() {
        return Optional.empty();
    }
}
