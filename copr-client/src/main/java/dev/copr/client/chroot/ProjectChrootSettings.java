package dev.copr.client.chroot;

import dev.copr.client.CoprValidationException;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ProjectChrootProxy#edit} changes in one chroot of a project: python-copr's optional
 * arguments of {@code ProjectChrootProxy.edit}. A null setting is not sent and Copr keeps its
 * value. Copr joins list entries with spaces, so an entry must not contain whitespace; an empty
 * list clears the setting, except {@code additionalModules}, which Copr then leaves unchanged
 * (clear it with {@link #withResetFields resetFields} {@code additional_modules}).
 *
 * <pre>{@code
 * ProjectChrootSettings.unchanged()
 *         .withAdditionalPackages(List.of("gcc", "make"))
 *         .withIsolation(ChrootIsolation.NSPAWN)
 * }</pre>
 *
 * @param additionalPackages packages always installed in the minimal buildroot
 * @param additionalRepos additional repositories (URLs, {@code copr://owner/project}) for the buildroot
 * @param additionalModules modules to enable ({@code name:stream}) or disable ({@code !name:stream})
 * @param comps a {@code comps.xml} file to upload
 * @param deleteComps whether to remove the current {@code comps.xml}
 * @param withOpts Mock {@code --with} options
 * @param withoutOpts Mock {@code --without} options
 * @param bootstrap the bootstrap setup; {@link ChrootBootstrap#CUSTOM_IMAGE} whenever a
 *                  {@code bootstrapImage} is given, as python-copr sets it
 * @param bootstrapImage a container image, {@code <name>[:<tag>]}, to initialise the bootstrap from
 * @param isolation the isolation setup
 * @param resetFields names of fields, as {@link ProjectChroot} spells them (e.g. {@code additional_packages},
 *                    {@code isolation}), to reset to Copr's defaults
 */
public record ProjectChrootSettings(List<String> additionalPackages, List<String> additionalRepos,
                                    List<String> additionalModules, Path comps, Boolean deleteComps,
                                    List<String> withOpts, List<String> withoutOpts, ChrootBootstrap bootstrap,
                                    String bootstrapImage, ChrootIsolation isolation, List<String> resetFields) {

    private static final ProjectChrootSettings UNCHANGED =
            new ProjectChrootSettings(null, null, null, null, null, null, null, null, null, null, null);

    public ProjectChrootSettings {
        additionalPackages = words("additionalPackages", additionalPackages);
        additionalRepos = words("additionalRepos", additionalRepos);
        additionalModules = words("additionalModules", additionalModules);
        withOpts = words("withOpts", withOpts);
        withoutOpts = words("withoutOpts", withoutOpts);
        resetFields = words("resetFields", resetFields);
        if (bootstrapImage != null) {
            bootstrap = ChrootBootstrap.CUSTOM_IMAGE;
        }
    }

    /** Nothing changes; add settings with the {@code with} methods. */
    public static ProjectChrootSettings unchanged() {
        return UNCHANGED;
    }

    /** The same settings with these buildroot packages. */
    public ProjectChrootSettings withAdditionalPackages(List<String> packages) {
        return new ProjectChrootSettings(packages, additionalRepos, additionalModules, comps, deleteComps, withOpts,
                withoutOpts, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings with these additional repositories. */
    public ProjectChrootSettings withAdditionalRepos(List<String> repos) {
        return new ProjectChrootSettings(additionalPackages, repos, additionalModules, comps, deleteComps, withOpts,
                withoutOpts, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings with these module toggles, e.g. {@code nodejs:20} or {@code !perl:5.30}. */
    public ProjectChrootSettings withAdditionalModules(List<String> modules) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, modules, comps, deleteComps, withOpts,
                withoutOpts, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings, uploading this {@code comps.xml}. */
    public ProjectChrootSettings withComps(Path compsFile) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, compsFile,
                deleteComps, withOpts, withoutOpts, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings, removing (true) or explicitly keeping (false) the current {@code comps.xml}. */
    public ProjectChrootSettings withDeleteComps(boolean delete) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, delete,
                withOpts, withoutOpts, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings with these Mock {@code --with} options. */
    public ProjectChrootSettings withWithOpts(List<String> options) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                options, withoutOpts, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings with these Mock {@code --without} options. */
    public ProjectChrootSettings withWithoutOpts(List<String> options) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                withOpts, options, bootstrap, bootstrapImage, isolation, resetFields);
    }

    /** The same settings with this bootstrap setup (ignored while a {@code bootstrapImage} is set). */
    public ProjectChrootSettings withBootstrap(ChrootBootstrap setup) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                withOpts, withoutOpts, setup, bootstrapImage, isolation, resetFields);
    }

    /** The same settings with this bootstrap image, which implies {@link ChrootBootstrap#CUSTOM_IMAGE}. */
    public ProjectChrootSettings withBootstrapImage(String image) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                withOpts, withoutOpts, bootstrap, image, isolation, resetFields);
    }

    /** The same settings with this isolation setup. */
    public ProjectChrootSettings withIsolation(ChrootIsolation setup) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                withOpts, withoutOpts, bootstrap, bootstrapImage, setup, resetFields);
    }

    /** The same settings, resetting these fields (named as in {@link ProjectChroot}'s JSON) to defaults. */
    public ProjectChrootSettings withResetFields(List<String> fields) {
        return new ProjectChrootSettings(additionalPackages, additionalRepos, additionalModules, comps, deleteComps,
                withOpts, withoutOpts, bootstrap, bootstrapImage, isolation, fields);
    }

    private static List<String> words(String setting, List<String> values) {
        if (values == null) {
            return null;
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new CoprValidationException(setting + " entry '" + value
                        + "' must be a non-blank word: Copr splits entries at whitespace");
            }
        }
        return List.copyOf(values);
    }
}
