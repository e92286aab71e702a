package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.exception.CoprException;
import dev.copr.client.exception.CoprRequestException;
import dev.copr.client.exception.CoprValidationException;
import dev.copr.client.page.Pagination;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * List answers whose {@code meta} no following page could be asked with: refused when the first
 * page is read, naming the request and the value, so walking the pages can neither loop nor fail
 * with a JDK exception later.
 */
class PageMetaFaultTest {

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"limit": 0, "offset": 0, "order": "id", "order_type": "ASC"}           | limit 0
            {"limit": -2, "offset": 0, "order": "id", "order_type": "ASC"}          | limit -2
            {"limit": 2, "offset": -1, "order": "id", "order_type": "ASC"}          | offset -1
            {"limit": 2, "offset": 2147483647, "order": "id", "order_type": "ASC"}  | offset 2147483647 with limit 2
            {"limit": 2, "offset": 0, "order": "id", "order_type": "sideways"}      | order_type 'sideways'
            """)
    void hostilePageMetaIsARequestErrorNamingTheRequestAndTheValue(String meta, String named) {
        copr.stubFor(any(anyUrl()).willReturn(okJson(ApiSamples.list(meta, ApiSamples.build(1), ApiSamples.build(2)))));

        CoprException e = catchThrowableOfType(CoprException.class,
                () -> client.builds().getList("jdoe", "tools", Pagination.pagesOf(2)).stream().count());

        assertThat(e).isExactlyInstanceOf(CoprRequestException.class);
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getRequest()).isEqualTo("GET /api_3/build/list?ownername=jdoe&projectname=tools&limit=2");
        assertThat(e.getMessage()).startsWith("Copr answered HTTP 200 to " + e.getRequest()).contains(named);
        copr.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void lowerCaseOrderTypeIsWalkedInThatOrder() {
        copr.stubFor(any(anyUrl()).willReturn(okJson(ApiSamples.list(
                "{\"limit\": 1, \"offset\": 0, \"order\": \"id\", \"order_type\": \"desc\"}", ApiSamples.build(1)))));

        client.builds().getList("jdoe", "tools", Pagination.pagesOf(1)).next();

        assertThat(copr.getAllServeEvents()).extracting(event -> event.getRequest().getUrl()).contains(
                "/api_3/build/list?ownername=jdoe&projectname=tools&limit=1&offset=1&order=id&order_type=DESC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0  | Pagination limit must be at least 1, was 0
            -5 | 0  | Pagination limit must be at least 1, was -5
            2  | -1 | Pagination offset must not be negative, was -1
            """)
    void badPaginationIsAValidationErrorNamingTheFieldAndSendsNothing(int limit, int offset, String message) {
        CoprException e = catchThrowableOfType(CoprException.class, () -> client.builds()
                .getList("jdoe", "tools", Pagination.builder().limit(limit).offset(offset).build()));

        assertThat(e).isExactlyInstanceOf(CoprValidationException.class).hasMessage(message);
        assertThat(e.getRequest()).isNull();
        copr.verify(0, anyRequestedFor(anyUrl()));
    }
}
