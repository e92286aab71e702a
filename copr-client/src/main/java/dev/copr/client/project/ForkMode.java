package dev.copr.client.project;

/**
 * Whether {@link ProjectProxy#fork} may fork into a project that already exists: python-copr's
 * {@code confirm} argument of {@code fork()}.
 *
 * @since 0.1.0
 */
public enum ForkMode {

    /** Only into a new project: Copr refuses when the destination exists ({@code confirm=False}). */
    NEW_PROJECT,

    /** Also into an existing project, whose builds and settings the fork then overwrites ({@code confirm=True}). */
    CONFIRM_EXISTING
}
