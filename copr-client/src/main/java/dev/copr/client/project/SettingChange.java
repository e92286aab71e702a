package dev.copr.client.project;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One setting of a project that differs from what is desired.
 *
 * @param setting the setting, named as the accessor of {@link DesiredProject.Builder}, e.g. {@code additionalRepos};
 *        {@code chroots} for the enabled chroots
 * @param before the project's value as Copr answers it; null when the project does not exist yet
 * @param after the desired value
 * @since 0.1.0
 */
public record SettingChange(String setting, @Nullable Object before, Object after) {

    /** E.g. {@code description: "Old" -> "New"} or {@code chroots: [epel-9-x86_64] -> [fedora-rawhide-x86_64]}. */
    @Override
    public String toString() {
        return setting + ": " + show(before) + " -> " + show(after);
    }

    private static String show(@Nullable Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String text) {
            return '"' + text + '"';
        }
        return value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : value.toString();
    }
}
