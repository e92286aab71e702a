package dev.copr.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** What a user reads when {@code copr.url} is not a URL at all, as Spring Boot reports a failed start. */
@ExtendWith(OutputCaptureExtension.class)
class CoprUrlBindFailureAnalyzerTest {

    @Test
    void unparseableUrlIsReportedWithoutItsUserInfo(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("copr.config-file=none", "copr.url=https://user:s3[cret@copr.example.org/");

        assertThatThrownBy(app::run).isInstanceOf(BeanCreationException.class);

        assertThat(output).contains("copr.url 'https://****@copr.example.org/' is not a valid URL")
                .contains("without user info").doesNotContain("s3[cret");
    }

    @Test
    void otherBindFailuresAreLeftToSpringBoot() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("copr.config-file=none", "copr.read-timeout=soon");

        Throwable failure = catchThrowable(app::run);

        assertThat(new CoprUrlBindFailureAnalyzer().analyze(failure)).isNull();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(CoprAutoConfiguration.class)
    static class App {
    }
}
