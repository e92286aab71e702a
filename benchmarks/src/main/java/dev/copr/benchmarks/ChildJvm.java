package dev.copr.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a fresh JVM with its own heap limit and class path, and collects its output. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** What a child printed and how long it ran. */
    record Result(List<String> lines, double seconds) {
        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    /**
     * @throws IllegalStateException when the child fails or runs longer than {@code timeoutMinutes}
     */
    static Result run(List<Path> classpath, List<String> jvmOptions, Class<?> main, List<String> args,
                      int timeoutMinutes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(main.getName());
        command.addAll(args);
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not finish within " + timeoutMinutes + " min");
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed (exit " + process.exitValue() + "):\n"
                    + String.join("\n", lines));
        }
        return new Result(lines, seconds);
    }
}
