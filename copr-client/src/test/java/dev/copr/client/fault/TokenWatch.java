package dev.copr.client.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.exception.CoprException;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/**
 * Watches a fault test for the API token: captures the {@code dev.copr} logs and Spring's web and
 * retry logs at DEBUG (the latter only captured, not printed: they hold whole stack traces) and
 * everything written to standard output and error while the test runs (printed only when the test
 * fails), and fails the test when
 * any of it, or any exception handed to {@link #assertClean}, shows the token or the
 * {@code Authorization} header value made from it.
 */
final class TokenWatch implements BeforeEachCallback, AfterEachCallback {

    static final String LOGIN = "faultSuiteLogin";
    static final String TOKEN = "tkn-7f3a9c51e2b84d06-must-never-leak";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString((LOGIN + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    private static final List<String> SECRETS = List.of(TOKEN, BASIC);
    private static final List<String> WATCHED_LOGGERS = List.of("dev.copr", "org.springframework.web",
            "org.springframework.http", "org.springframework.core.retry");
    private static final String PRINTED_LOGGER = "dev.copr";

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previousLevels = new ArrayList<>();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        for (String name : WATCHED_LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            loggers.add(logger);
            previousLevels.add(logger.getLevel());
            logger.setLevel(Level.DEBUG);
            logger.setAdditive(name.startsWith(PRINTED_LOGGER));
            logger.addAppender(appender);
        }
        output.reset();
        originalOut = System.out;
        originalErr = System.err;
        // Captured only, so that the debug lines keep mvn output quiet; shown when the test fails
        System.setOut(new PrintStream(new Capture(output), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Capture(output), true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).detachAppender(appender);
            loggers.get(i).setLevel(previousLevels.get(i));
            loggers.get(i).setAdditive(true);
        }
        loggers.clear();
        previousLevels.clear();
        appender.stop();
        for (ILoggingEvent event : appender.list) {
            assertNoSecret("log line of " + event.getLoggerName(), event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                assertNoSecret("logged exception", ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        String printed = output.toString(StandardCharsets.UTF_8);
        if (context.getExecutionException().isPresent()) {
            originalOut.print(printed);
        }
        assertNoSecret("test output", printed);
    }

    /** The formatted {@code dev.copr} log lines captured so far in this test. */
    List<String> coprLogLines() {
        return appender.list.stream().filter(event -> event.getLoggerName().startsWith("dev.copr"))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Fails when the exception, its causes or its stack trace show a secret. */
    static void assertClean(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertNoSecret("stack trace", trace.toString());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertNoSecret("toString()", t.toString());
            if (t instanceof CoprException copr) {
                assertNoSecret("coprError", copr.getCoprError());
                assertNoSecret("request", copr.getRequest());
            }
        }
    }

    private static void assertNoSecret(String where, String text) {
        if (text == null) {
            return;
        }
        for (String secret : SECRETS) {
            assertThat(text).as(where + " must not show the API token").doesNotContain(secret);
        }
    }

    /** Writes into the capture, from any thread. */
    private static final class Capture extends OutputStream {
        private final ByteArrayOutputStream capture;

        Capture(ByteArrayOutputStream capture) {
            this.capture = capture;
        }

        @Override
        public void write(int b) {
            synchronized (capture) {
                capture.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (capture) {
                capture.write(bytes, offset, length);
            }
        }
    }
}
