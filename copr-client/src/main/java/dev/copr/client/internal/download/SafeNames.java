package dev.copr.client.internal.download;

import dev.copr.client.exception.CoprRequestException;

import java.nio.file.Path;

/**
 * Checks names that come from Copr or the results host before they name anything on disk, so that
 * nothing is written outside the destination.
 */
final class SafeNames {

    private SafeNames() {
    }

    /**
     * {@code name} as one plain path element: not empty, not {@code .} or {@code ..}, without path
     * separators, drive letters ({@code :}) or control characters.
     * @param what what the name names, for the message, e.g. {@code file name}
     */
    static String plain(String what, String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")
                || name.chars().anyMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c))) {
            throw new CoprRequestException("Refusing to write the " + what + " '" + printable(name)
                    + "' from Copr or its results host: it is not a plain name (separators, '..', ':' or"
                    + " control characters), so it could name a place outside the destination");
        }
        return name;
    }

    /** {@code directory/name}, after checking {@code name}. */
    static Path child(Path directory, String what, String name) {
        return directory.resolve(plain(what, name));
    }

    private static String printable(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
