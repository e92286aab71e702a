package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.CoprClient;
import dev.copr.client.page.Page;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every Java call the migration tables of docs/ name exists, with the receiver types the chain implies. */
class MigrationTableTest {

    private static final List<String> PACKAGES = List.of("dev.copr.client", "dev.copr.client.build",
            "dev.copr.client.pkg", "dev.copr.client.project", "dev.copr.client.chroot", "dev.copr.client.monitor",
            "dev.copr.client.webhook", "dev.copr.client.page", "dev.copr.client.config", "dev.copr.client.source",
            "dev.copr.client.mock");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern ROOT = Pattern.compile("\\b(copr|page|[A-Z]\\w*)\\.");

    private static final Path CHAPTER = Documentation.chapter("migrating-from-python-copr.md");

    @Test
    void everyJavaCallInTheMigrationTablesExists() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String row : migrationRows()) {
            String[] cells = row.split("\\|");
            Matcher code = CODE.matcher(cells[2]);
            while (code.find()) {
                Matcher root = ROOT.matcher(code.group(1));
                while (root.find()) {
                    Optional<Class<?>> type = rootType(root.group(1));
                    if (type.isPresent()) {
                        checked++;
                        boolean onClass = !root.group(1).equals("copr") && !root.group(1).equals("page");
                        checkChain(type.get(), onClass, code.group(1), root.end() - 1, problems);
                    }
                }
            }
        }
        assertThat(problems).as("Java calls in the tables of %s that do not exist", Documentation.name(CHAPTER))
                .isEmpty();
        assertThat(checked).isGreaterThan(120);
    }

    private static List<String> migrationRows() {
        return Documentation.read(CHAPTER).lines().filter(line -> line.startsWith("| `")).toList();
    }

    private static Optional<Class<?>> rootType(String root) {
        if (root.equals("copr")) {
            return Optional.of(CoprClient.class);
        }
        if (root.equals("page")) {
            return Optional.of(Page.class);
        }
        for (String pkg : PACKAGES) {
            try {
                return Optional.of(Class.forName(pkg + "." + root));
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return Optional.empty();
    }

    private static void checkChain(Class<?> type, boolean onClass, String code, int position, List<String> problems) {
        Class<?> current = type;
        boolean staticCall = onClass;
        int i = position;
        while (i < code.length() && code.charAt(i) == '.') {
            int nameStart = i + 1;
            int nameEnd = nameStart;
            while (nameEnd < code.length() && Character.isJavaIdentifierPart(code.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = code.substring(nameStart, nameEnd);
            if (nameEnd >= code.length() || code.charAt(nameEnd) != '(') {
                if (!hasPublicField(current, name)) {
                    problems.add(current.getSimpleName() + "." + name + " in `" + code + "`");
                }
                return;
            }
            Optional<Method> method = publicMethod(current, name, staticCall);
            if (method.isEmpty()) {
                problems.add(current.getSimpleName() + "." + name + "(...) in `" + code + "`");
                return;
            }
            current = method.get().getReturnType();
            staticCall = false;
            i = closingParenthesis(code, nameEnd) + 1;
        }
    }

    private static Optional<Method> publicMethod(Class<?> type, String name, boolean staticCall) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name))
                .filter(method -> Modifier.isStatic(method.getModifiers()) == staticCall)
                .findFirst();
    }

    private static boolean hasPublicField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static int closingParenthesis(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.charAt(i) == '(') {
                depth++;
            } else if (code.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length();
    }
}
