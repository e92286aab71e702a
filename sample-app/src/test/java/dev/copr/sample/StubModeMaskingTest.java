package dev.copr.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copr.test.CoprStub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample app in stub mode, started with a real token on its command line (as {@code sun.java.command}
 * then shows it): the actuator shows every value, yet neither that token nor the stub's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        args = {"--copr.login=cliLoginXyz", "--copr.token=cliTokenValue"},
        properties = {"sample.watch-interval=10ms",
                "sun.java.command=dev.copr.sample.SampleApplication --copr.login=cliLoginXyz --copr.token=cliTokenValue",
                "management.endpoints.web.exposure.include=env,configprops",
                "management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always"})
class StubModeMaskingTest {

    @Autowired
    CoprStub stub;

    @LocalServerPort
    int port;

    @Test
    void actuatorShowsNeitherTheConfiguredNorTheStubsCredentials() throws Exception {
        String env = read("/actuator/env");
        String configprops = read("/actuator/configprops");

        for (String credential : new String[] {"cliLoginXyz", "cliTokenValue", stub.defaultUser().login(),
                stub.defaultUser().token()}) {
            assertThat(env).as("env").doesNotContain(credential);
            assertThat(configprops).as("configprops").doesNotContain(credential);
        }
        assertThat(env).contains("\"sun.java.command\":{\"value\":\"******\"");
    }

    private String read(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }
}
