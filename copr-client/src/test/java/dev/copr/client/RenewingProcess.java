package dev.copr.client;

import dev.copr.client.config.ClassicConfigFile;
import dev.copr.client.config.ClassicConfigFileTokenStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link TokenRenewalAcrossProcessesTest}, one round per two lines on standard
 * input: on the first it creates a client from the config file named by its argument and says
 * {@code ready}; on the second it renews the token with the file as store, and says
 * {@code authenticated} once the token it then uses passes Copr's auth check. It ends with its input.
 */
final class RenewingProcess {

    static final String READY = "ready";
    static final String AUTHENTICATED = "authenticated";

    private RenewingProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            CoprClient client = CoprClient.builder(ClassicConfigFile.read(file).toConfig())
                    .tokenStore(new ClassicConfigFileTokenStore(file)).build();
            System.out.println(READY);
            in.readLine();

            client.renewApiToken();
            client.authCheck();

            System.out.println(AUTHENTICATED);
        }
    }
}
