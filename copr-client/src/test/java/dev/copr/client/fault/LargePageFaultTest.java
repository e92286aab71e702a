package dev.copr.client.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.client.ApiSamples;
import dev.copr.client.CoprClient;
import dev.copr.client.CoprWireMock;
import dev.copr.client.build.Build;
import dev.copr.client.page.Page;
import dev.copr.client.page.Pagination;
import dev.copr.client.project.Project;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pages and fields far larger than usual: read whole, walked page by page. */
@ExtendWith(TokenWatch.class)
class LargePageFaultTest {

    private static final int PAGE = 10_000;

    @RegisterExtension
    static final CoprWireMock copr = FaultFixtures.copr();

    private final CoprClient client = copr.client();

    @Test
    void walksTwentyFiveThousandBuildsInPagesOfTenThousand() {
        stubPage(0, PAGE);
        stubPage(PAGE, PAGE);
        stubPage(2 * PAGE, PAGE / 2);
        AtomicLong expectedId = new AtomicLong(1);

        Page<Build> first = client.builds().getList("@copr", "copr-dev", Pagination.pagesOf(PAGE));
        long walked = first.stream().peek(build -> assertThat(build.id()).isEqualTo(expectedId.getAndIncrement()))
                .count();

        assertThat(first.items()).hasSize(PAGE);
        assertThat(walked).isEqualTo(5L * PAGE / 2);
        copr.verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    void readsAFieldOfTwoMegabytes() {
        String description = "ü".repeat(1 << 20);
        copr.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": 1, \"name\": \"big\", \"ownername\": \"jdoe\","
                + " \"description\": \"" + description + "\"}")));

        Project project = client.projects().get("jdoe", "big");

        assertThat(project.description()).isEqualTo(description);
    }

    private static void stubPage(int offset, int size) {
        StringBuilder items = new StringBuilder(size * 500);
        for (int i = 1; i <= size; i++) {
            items.append(i == 1 ? "" : ",").append(ApiSamples.build(offset + i));
        }
        String meta = "{\"limit\": " + PAGE + ", \"offset\": " + offset + ", \"order\": \"id\", \"order_type\": \"ASC\"}";
        copr.stubFor(get(urlPathEqualTo("/api_3/build/list")).withQueryParam("limit", equalTo(String.valueOf(PAGE)))
                .withQueryParam("offset", offset == 0 ? absent()
                        : equalTo(String.valueOf(offset)))
                .willReturn(okJson(ApiSamples.list(meta, items.toString()))));
    }
}
