package dev.copr.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stub's routing table under {@code /api_3}: 404 for unknown paths, 405 for unknown methods, as Flask. */
final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** A route matched with its path values. */
    record Match(Route route, Map<String, String> pathValues) {
    }

    void add(String method, String template, Handler handler) {
        routes.add(new Route(method, template, null, handler));
    }

    /** A route Copr still serves under a deprecated method, answering with a {@code Warning} header. */
    void addDeprecated(String method, String useInstead, String template, Handler handler) {
        routes.add(new Route(method, template, useInstead, handler));
    }

    Match match(String method, List<String> segments) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> values = route.match(segments);
            if (values == null) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(method)) {
                return new Match(route, values);
            }
        }
        if (pathKnown) {
            throw new CoprError(405, "The method is not allowed for the requested URL.");
        }
        throw CoprError.notFound("Such API endpoint doesn't exist");
    }
}
