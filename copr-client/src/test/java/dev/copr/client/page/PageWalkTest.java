package dev.copr.client.page;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copr.client.CoprWireMock;
import dev.copr.client.internal.http.CoprRequest;
import dev.copr.client.internal.http.CoprTransport;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PageWalkTest {

    @RegisterExtension
    static final CoprWireMock copr = CoprWireMock.create();

    private final CoprRequest listBuilds = CoprRequest.get("build.get_list", "/build/list")
            .withQuery("ownername", "jdoe").withQuery("projectname", "tools");
    private CoprTransport transport;

    @BeforeEach
    void threePagesOfTwoBuilds() {
        transport = new CoprTransport(copr.anonymousConfig().build());
        stubPage(0, "[{\"id\": 1}, {\"id\": 2}]");
        stubPage(2, "[{\"id\": 3}, {\"id\": 4}]");
        stubPage(4, "[{\"id\": 5}]");
    }

    private void stubPage(int offset, String items) {
        copr.stubFor(get(urlPathEqualTo("/api_3/build/list"))
                .withQueryParam("ownername", equalTo("jdoe"))
                .withQueryParam("projectname", equalTo("tools"))
                .withQueryParam("limit", equalTo("2"))
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .withQueryParam("order", equalTo("id"))
                .withQueryParam("order_type", equalTo("DESC"))
                .willReturn(okJson("{\"items\": " + items + ", \"meta\": {\"limit\": 2, \"offset\": " + offset
                        + ", \"order\": \"id\", \"order_type\": \"DESC\"}}")));
    }

    private Page<Item> firstPage() {
        return transport.executePage(listBuilds, Pagination.builder().limit(2).offset(0).order("id").orderType(OrderType.DESC).build(), Item.class);
    }

    @Test
    void pageKnowsItsItemsAndMeta() {
        Page<Item> page = firstPage();

        assertThat(page.items()).extracting(Item::id).containsExactly(1L, 2L);
        assertThat(page.meta()).isEqualTo(new PageMeta(2, 0, "id", "DESC"));
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void nextFetchesTheFollowingPageWithTheSameFiltersAndOrder() {
        Page<Item> second = firstPage().next();
        Page<Item> third = second.next();

        assertThat(second.items()).extracting(Item::id).containsExactly(3L, 4L);
        assertThat(third.items()).extracting(Item::id).containsExactly(5L);
        assertThat(third.hasNext()).isFalse();
        assertThatThrownBy(third::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void streamWalksAllPagesLazily() {
        List<Long> firstThree = firstPage().stream().limit(3).map(Item::id).toList();

        assertThat(firstThree).containsExactly(1L, 2L, 3L);
        copr.verify(0, getRequestedFor(urlPathEqualTo("/api_3/build/list")).withQueryParam("offset", equalTo("4")));
        assertThat(firstPage().stream().map(Item::id).toList()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void unpaginatedAnswerHasNoNextPage() {
        copr.stubFor(get(urlPathEqualTo("/api_3/project/list")).willReturn(okJson(
                "{\"items\": [{\"id\": 1}], \"meta\": {\"limit\": null, \"offset\": 0, \"order\": \"id\", \"order_type\": \"ASC\"}}")));

        Page<Map> page = transport.executePage(CoprRequest.get("project.get_list", "/project/list"), Pagination.none(), Map.class);

        assertThat(page.items()).hasSize(1);
        assertThat(page.hasNext()).isFalse();
        copr.verify(getRequestedFor(urlPathEqualTo("/api_3/project/list")).withoutQueryParam("limit"));
    }

    @Test
    void refusesNonsensePagination() {
        assertThatThrownBy(() -> Pagination.pagesOf(0)).hasMessageContaining("limit must be at least 1, was 0");
    }

    record Item(long id) {
    }
}
