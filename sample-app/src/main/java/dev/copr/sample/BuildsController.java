package dev.copr.sample;

import dev.copr.client.CoprClient;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildProxy;
import dev.copr.client.page.OrderType;
import dev.copr.client.page.Pagination;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A REST view of the sample project's builds, through the injected {@link BuildProxy}. */
@RestController
class BuildsController {

    private final BuildProxy builds;
    private final CoprClient copr;
    private final SampleProperties sample;

    BuildsController(BuildProxy builds, CoprClient copr, SampleProperties sample) {
        this.builds = builds;
        this.copr = copr;
        this.sample = sample;
    }

    /** The latest builds of the sample project, newest first. */
    @GetMapping("/builds")
    List<Build> latest() {
        return builds.getList(copr.authUsername(), sample.project(),
                Pagination.builder().limit(20).order("id").orderType(OrderType.DESC).build()).items();
    }

    /** One build. */
    @GetMapping("/builds/{id}")
    Build one(@PathVariable long id) {
        return builds.get(id);
    }
}
