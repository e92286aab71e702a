package dev.copr.test.assertj;

import dev.copr.test.ReceivedFile;
import dev.copr.test.RecordedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on one request a Copr stub received.
 *
 * @since 0.1.0
 */
public final class RecordedRequestAssert extends AbstractAssert<RecordedRequestAssert, RecordedRequest> {

    RecordedRequestAssert(RecordedRequest actual) {
        super(actual, RecordedRequestAssert.class);
    }

    /** Checks that the credentials authenticated this user. */
    public RecordedRequestAssert isAuthenticatedAs(String username) {
        isNotNull();
        if (!Objects.equals(actual.user(), username)) {
            failWithMessage("Expected %s %s to be authenticated as <%s>, but it was %s", actual.method(), actual.path(),
                    username, actual.user() == null ? "anonymous (or refused)" : "<" + actual.user() + ">");
        }
        return this;
    }

    /** Checks that the request authenticated nobody. */
    public RecordedRequestAssert isAnonymous() {
        isNotNull();
        if (actual.user() != null) {
            failWithMessage("Expected %s %s to be anonymous, but it was authenticated as <%s>", actual.method(),
                    actual.path(), actual.user());
        }
        return this;
    }

    /** Checks the HTTP status the stub answered with. */
    public RecordedRequestAssert hasStatus(int status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected %s %s to have been answered with %d, but it was %d", actual.method(),
                    actual.path(), status, actual.status());
        }
        return this;
    }

    /** Checks a query parameter's values, in order. */
    public RecordedRequestAssert hasQueryParam(String name, String... values) {
        isNotNull();
        List<String> received = actual.query().get(name);
        if (received == null || !received.equals(Arrays.asList(values))) {
            failWithMessage("Expected %s %s to have query parameter %s=%s, but the query was %s", actual.method(),
                    actual.path(), name, Arrays.asList(values), actual.query());
        }
        return this;
    }

    /**
     * Checks a body field (JSON member, {@code json} part member or form field); numbers compare by
     * value, lists element by element.
     */
    public RecordedRequestAssert hasBodyField(String name, Object value) {
        isNotNull();
        if (!actual.body().containsKey(name) || !sameValue(actual.body().get(name), value)) {
            failWithMessage("Expected %s %s to have body field %s=<%s>, but the body was %s", actual.method(),
                    actual.path(), name, value, actual.body());
        }
        return this;
    }

    /** Checks that the body has no such field (or only {@code null}, which Copr ignores). */
    public RecordedRequestAssert hasNoBodyField(String name) {
        isNotNull();
        if (actual.body().containsKey(name)) {
            failWithMessage("Expected %s %s to have no body field %s, but the body was %s", actual.method(),
                    actual.path(), name, actual.body());
        }
        return this;
    }

    /** Checks that a multipart file part carried exactly the bytes of {@code file}, under its file name. */
    public RecordedRequestAssert hasUploaded(String partName, Path file) {
        isNotNull();
        String filename = file.getFileName().toString();
        ReceivedFile received = actual.files().stream()
                .filter(candidate -> candidate.partName().equals(partName)).findFirst().orElse(null);
        if (received == null) {
            failWithMessage("Expected %s %s to have a file part %s, but its files were %s", actual.method(),
                    actual.path(), partName, actual.files());
        } else if (!received.filename().equals(filename) || received.size() != size(file)
                || !received.sha256().equals(sha256(file))) {
            failWithMessage("Expected file part %s of %s %s to be %s (%d bytes), but it was %s (%d bytes%s)", partName,
                    actual.method(), actual.path(), filename, size(file), received.filename(), received.size(),
                    received.size() == size(file) ? ", other content" : "");
        }
        return this;
    }

    private static boolean sameValue(Object received, Object expected) {
        if (received instanceof Number number && expected instanceof Number wanted) {
            return new BigDecimal(number.toString()).compareTo(new BigDecimal(wanted.toString())) == 0;
        }
        if (received instanceof List<?> list && expected instanceof List<?> wanted) {
            if (list.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!sameValue(list.get(i), wanted.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(received, expected);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
