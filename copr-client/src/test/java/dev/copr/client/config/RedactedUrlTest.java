package dev.copr.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactedUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://user:s3cret@copr.example.org/path  | https://****@copr.example.org/path
            https://user:s3cret@ho_st                  | https://****@ho_st
            https://user:s3[cret@copr.example.org/     | https://****@copr.example.org/
            https://user:pa/s3cret@copr.example.org    | https://****@copr.example.org
            https://us@er:s3cret@copr.example.org      | https://****@copr.example.org
            https://user:12/s3cret@copr.example.org    | https://****@copr.example.org
            user:s3cret@copr.example.org               | ****@copr.example.org
            ftp://user:s3cret@                         | ftp://****@
            """)
    void masksEverythingThatMayBeUserInfoOfValidAndInvalidUrls(String url, String redacted) {
        assertThat(RedactedUrl.of(url)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://copr.example.org
            https://copr.example.org/coprs/
            not a url
            """)
    void leavesUrlsWithoutUserInfoAlone(String url) {
        assertThat(RedactedUrl.of(url)).isEqualTo(url);
    }

    @Test
    void masksTheUserInfoOfAUri() {
        assertThat(RedactedUrl.of(URI.create("http://user:s3cret@localhost:8080")))
                .isEqualTo("http://****@localhost:8080");
        assertThat(RedactedUrl.of((URI) null)).isNull();
    }
}
