package dev.copr.test;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Copr stub on its own, for clients that are not JUnit tests: another language's client,
 * python-copr or curl. Builds move on as they are polled. Stops on Ctrl+C.
 *
 * <pre>
 * java -cp "$(cat classpath.txt)" dev.copr.test.CoprStubMain --port 8765 [--build-progression manual]
 * </pre>
 *
 * It prints the URL, those of its results and Pulp hosts, and the default user's credentials, as a
 * {@code ~/.config/copr} section.
 *
 * @since 0.1.0
 */
public final class CoprStubMain {

    private CoprStubMain() {
    }

    /** Arguments: {@code --port N} (default 8765, 0 for a free port), {@code --build-progression on-poll|manual|timed}. */
    public static void main(String[] args) throws InterruptedException {
        CoprStub.Builder builder = CoprStub.builder().port(8765).buildProgression(BuildProgression.ON_POLL);
        for (Iterator<String> arg = Arrays.asList(args).iterator(); arg.hasNext(); ) {
            String name = arg.next();
            switch (name) {
                case "--port" -> builder.port(Integer.parseInt(value(name, arg)));
                case "--build-progression" -> builder.buildProgression(
                        BuildProgression.valueOf(value(name, arg).toUpperCase(Locale.ROOT).replace('-', '_')));
                default -> throw new IllegalArgumentException("unknown argument '" + name
                        + "': use --port N and --build-progression on-poll|manual|timed");
            }
        }
        CoprStub stub = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stub.close();
            stopped.countDown();
        }));
        CoprStubUser user = stub.defaultUser();
        System.out.println("Copr stub (API v3) at " + stub.url() + ", builds move on when polled; Ctrl+C stops it.");
        System.out.println("Build results at " + stub.resultsUrl() + "/results/, RPMs of projects on Pulp storage at "
                + stub.pulpUrl() + "/ (both on free ports).");
        System.out.println("Its user, as python-copr's ~/.config/copr:");
        System.out.println("[copr-cli]");
        System.out.println("copr_url = " + stub.url());
        System.out.println("login = " + user.login());
        System.out.println("username = " + user.name());
        System.out.println("token = " + user.token());
        System.out.println("encrypted = false");
        System.out.flush();
        stopped.await();
    }

    private static String value(String name, Iterator<String> arg) {
        if (!arg.hasNext()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return arg.next();
    }
}
