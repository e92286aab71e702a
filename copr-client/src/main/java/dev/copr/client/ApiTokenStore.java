package dev.copr.client;

/**
 * Where {@link CoprClient#renewApiToken()} saves a renewed token, so that a restart uses it too;
 * e.g. {@link ClassicConfigFileTokenStore} for {@code ~/.config/copr}.
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
}
