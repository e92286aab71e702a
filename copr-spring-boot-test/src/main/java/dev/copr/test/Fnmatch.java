package dev.copr.test;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Python's {@code fnmatch} for chroot patterns such as {@code fedora-*-x86_64} or {@code epel-[89]-*}. */
final class Fnmatch {

    private Fnmatch() {
    }

    static boolean matches(String pattern, String name) {
        return regex(pattern).matcher(name).matches();
    }

    /** The names matching a pattern, in their order; a name equal to the pattern always matches. */
    static List<String> filter(Collection<String> names, String pattern) {
        Pattern regex = regex(pattern);
        return names.stream().filter(name -> name.equals(pattern) || regex.matcher(name).matches()).toList();
    }

    private static Pattern regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[' && pattern.indexOf(']', i + 1) > i + 1) {
                int close = pattern.indexOf(']', i + 1);
                String set = pattern.substring(i + 1, close);
                String members = set.startsWith("!") ? "^" + set.substring(1) : set;
                regex.append('[').append(members.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
