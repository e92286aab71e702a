package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.source.PypiSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that are a dot segment ({@code .} or {@code ..}) would make the request path climb to
 * another endpoint: refused before anything is sent.
 */
class DotSegmentFaultTest {

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    static Stream<Arguments> dotSegments() {
        return Stream.of(
                call(client -> client.projects().delete("jdoe", ".."), "project.delete: projectname '..'"),
                call(client -> client.projects().delete(".", "tools"), "project.delete: ownername '.'"),
                call(client -> client.projects().canBuildIn("..", "jdoe", "tools"), "project.can_build_in: who '..'"),
                call(client -> client.webhooks().generate("jdoe", "."), "webhook.generate: projectname '.'"),
                call(client -> client.packages().edit("jdoe", "tools", "..", PypiSource.of("tools")),
                        "package.edit: package_name '..'"));
    }

    private static Arguments call(Consumer<CoprClient> call, String message) {
        return Arguments.of(call, message);
    }

    @ParameterizedTest
    @MethodSource("dotSegments")
    void dotSegmentInThePathIsRefusedAndNothingIsSent(Consumer<CoprClient> call, String message) {
        copr.stubFor(any(anyUrl()).willReturn(okJson("{}")));

        CoprException e = catchThrowableOfType(CoprException.class, () -> call.accept(client));

        assertThat(e).isExactlyInstanceOf(CoprValidationException.class);
        assertThat(e.getMessage()).startsWith(message + " is not a valid name");
        assertThat(e.getRequest()).isNull();
        copr.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void namesWithDotsThatAreNoDotSegmentAreSentPercentEncoded() {
        copr.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": 1, \"name\": \"...\"}")));

        client.projects().delete("@copr", "...");

        copr.verify(1, deleteRequestedFor(urlEqualTo("/api_3/project/delete/%40copr/...")));
    }
}
