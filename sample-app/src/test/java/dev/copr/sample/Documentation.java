package dev.copr.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's README.md and the chapters in docs/, as the documentation tests read them. */
final class Documentation {

    /** The repository root: the tests run in the sample-app directory. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path README = ROOT.resolve("README.md");
    static final Path DOCS = ROOT.resolve("docs");

    private static final Pattern BLOCK = Pattern.compile("(?m)^ *```(\\w*)\\n(.*?)^ *```", Pattern.DOTALL);

    private Documentation() {
    }

    /** README.md and every Markdown file in docs/, in name order. */
    static List<Path> files() {
        List<Path> files = new ArrayList<>();
        files.add(README);
        try (Stream<Path> chapters = Files.list(DOCS)) {
            chapters.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A chapter of docs/, e.g. {@code chapter("events.md")}. */
    static Path chapter(String name) {
        return DOCS.resolve(name);
    }

    /** The file's path from the repository root, as messages name it: {@code docs/events.md}. */
    static String name(Path file) {
        return ROOT.relativize(file).toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents of the file's fenced code blocks tagged with the language, e.g. {@code java}. */
    static List<String> codeBlocks(Path file, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(read(file));
        while (block.find()) {
            if (block.group(1).equals(language)) {
                blocks.add(block.group(2));
            }
        }
        return blocks;
    }

    /** The file without its fenced code blocks, for what is said in prose and tables. */
    static String prose(Path file) {
        return BLOCK.matcher(read(file)).replaceAll("");
    }
}
