package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The README stays a first screen, and every relative link of the README and of docs/ leads somewhere. */
class DocumentationLinksTest {

    private static final int README_MAX_LINES = 200;
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void readmeFitsInTwoHundredLines() {
        long lines = Documentation.read(Documentation.README).lines().count();

        assertThat(lines).as("README.md has %d lines; move details into a chapter of docs/", lines)
                .isLessThanOrEqualTo(README_MAX_LINES);
    }

    @Test
    void relativeLinksPointToExistingFilesAndHeadings() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : Documentation.files()) {
            Matcher link = LINK.matcher(Documentation.prose(file));
            while (link.find()) {
                String target = link.group(1);
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                checked++;
                brokenReason(file, target).ifPresent(reason -> broken.add(Documentation.name(file) + ": ("
                        + target + ") " + reason));
            }
        }

        assertThat(broken).as("relative links of README.md and docs/*.md that lead nowhere").isEmpty();
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void anchorsAreGitHubsHeadingIds() {
        assertThat(anchor("python-copr's config file")).isEqualTo("python-coprs-config-file");
        assertThat(anchor("python-copr v3 (`copr.v3.Client`)")).isEqualTo("python-copr-v3-coprv3client");
    }

    private static Optional<String> brokenReason(Path file, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!Files.exists(linked)) {
            return Optional.of("no such file: " + Documentation.name(linked));
        }
        if (hash >= 0 && linked.toString().endsWith(".md")
                && !anchors(linked).contains(target.substring(hash + 1))) {
            return Optional.of("no heading #" + target.substring(hash + 1) + " in "
                    + Documentation.name(linked));
        }
        return Optional.empty();
    }

    private static Set<String> anchors(Path markdown) {
        return HEADING.matcher(Documentation.prose(markdown)).results()
                .map(heading -> anchor(heading.group(1)))
                .collect(Collectors.toSet());
    }

    /** The id GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }
}
