package dev.copr.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** {@code /webhook/generate/...}: a new webhook secret for a project the caller can edit. */
final class WebhookApi {

    private final StubState state;

    WebhookApi(StubState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("POST", "/webhook/generate/{ownername}/{projectname}", this::generate);
    }

    private Object generate(StubRequest request) {
        ProjectRecord project = ProjectApi.editableProject(state, request);
        project.webhookSecret = UUID.randomUUID().toString();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", project.id);
        json.put("name", project.name);
        json.put("ownername", project.ownername);
        json.put("full_name", project.fullName());
        json.put("webhook_secret", project.webhookSecret);
        return json;
    }
}
