package dev.copr.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = {"copr.config-file=none", "copr.login=sampleLogin", "copr.token=sampleTokenValue"})
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTest {

    @RegisterExtension
    static WireMockExtension copr = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @DynamicPropertySource
    static void coprUrl(DynamicPropertyRegistry registry) {
        copr.stubFor(get("/api_3/").willReturn(okJson("{\"version\": 3}")));
        copr.stubFor(get("/api_3/auth-check").willReturn(okJson("{\"id\": 1, \"name\": \"sampler\"}")));
        registry.add("copr.url", copr::baseUrl);
    }

    @Test
    void tourCallsCoprAtStartUpAndNeverLogsTheToken(CapturedOutput output) {
        copr.verify(getRequestedFor(urlEqualTo("/api_3/")));
        copr.verify(getRequestedFor(urlEqualTo("/api_3/auth-check")));
        assertThat(output).contains("speaks API v3").contains("Authenticated as sampler").doesNotContain("sampleTokenValue");
    }
}
