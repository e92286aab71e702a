package dev.copr.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * Bad or missing configuration (python-copr {@code CoprConfigException}); the message names the file,
 * key or setting and says what to do. An error of one setting of the client's own configuration types
 * names it by its builder method, e.g. {@code CoprConfig.readTimeout}, and carries it apart
 * ({@link #getSetting()}, {@link #getProblem()}), so that Spring Boot's starter can name the
 * {@code copr.*} property instead.
 *
 * @since 0.1.0
 */
public class CoprConfigException extends CoprException {

    private final @Nullable String setting;
    private final @Nullable String problem;

    /** @param message names the file, line or key, and what to do */
    public CoprConfigException(String message) {
        this(message, null);
    }

    /**
     * @param message names the file, line or key, and what to do
     * @param cause the underlying failure, e.g. an {@code IOException}
     */
    public CoprConfigException(String message, @Nullable Throwable cause) {
        super(message, 0, null, null, cause);
        this.setting = null;
        this.problem = null;
    }

    /**
     * An error of one setting: the message is {@code <type>.<setting> <problem>}.
     * @param type the configuration type, e.g. {@code CoprConfig}
     * @param setting the builder method of the setting, e.g. {@code readTimeout}
     * @param problem what is wrong and what to do, e.g. {@code must be positive, was PT0S}
     */
    public CoprConfigException(String type, String setting, String problem) {
        super(type + "." + setting + " " + problem);
        this.setting = type + "." + setting;
        this.problem = problem;
    }

    /**
     * The wrong setting as {@code <type>.<builder method>}, e.g. {@code RetryOptions.maxAttempts}; null when the
     * error is not of one setting.
     */
    public @Nullable String getSetting() {
        return setting;
    }

    /** What is wrong with {@link #getSetting()}, without its name; null when the error is not of one setting. */
    public @Nullable String getProblem() {
        return problem;
    }
}
