package dev.copr.client.internal.aot;

import dev.copr.client.ApiHome;
import dev.copr.client.CoprUser;
import dev.copr.client.build.Build;
import dev.copr.client.build.BuildCheck;
import dev.copr.client.build.BuiltPackages;
import dev.copr.client.build.SourceBuildConfig;
import dev.copr.client.build.SourceChroot;
import dev.copr.client.chroot.BuildChroot;
import dev.copr.client.chroot.BuildChrootConfig;
import dev.copr.client.chroot.ProjectChroot;
import dev.copr.client.chroot.ProjectChrootBuildConfig;
import dev.copr.client.config.ApiToken;
import dev.copr.client.mock.Bootstrap;
import dev.copr.client.mock.Isolation;
import dev.copr.client.monitor.ProjectMonitor;
import dev.copr.client.pkg.Package;
import dev.copr.client.project.PermissionRequest;
import dev.copr.client.project.Permissions;
import dev.copr.client.project.Project;
import dev.copr.client.source.ScmType;
import dev.copr.client.source.SourceBuildMethod;
import dev.copr.client.source.SpecGenerator;
import dev.copr.client.webhook.WebhookSecret;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Lets Jackson bind the API's records and enums in an AOT-compiled application: the canonical
 * constructors and accessors of every answer record (with its {@code extra} map) and of the records
 * sent as request bodies, and the {@code @JsonCreator}/{@code @JsonValue} methods of the enums. The
 * records and enums they hold are reached from these. Error bodies are read as plain maps and need
 * nothing.
 */
class ApiRuntimeHints implements RuntimeHintsRegistrar {

    /** What the proxies read: the root of each answer, the types inside it are registered with it. */
    private static final Class<?>[] ANSWERS = {
        ApiHome.class, CoprUser.class, ApiToken.class, Build.class, BuildCheck.class, BuiltPackages.class,
        SourceBuildConfig.class, SourceChroot.class, BuildChroot.class, BuildChrootConfig.class, ProjectChroot.class,
        ProjectChrootBuildConfig.class, ProjectMonitor.class, Package.class, Permissions.class, Project.class,
        WebhookSecret.class,
    };

    /** What the proxies send as JSON besides plain maps: records, and enums written by their {@code @JsonValue}. */
    private static final Class<?>[] REQUEST_VALUES = {
        Permissions.class, PermissionRequest.class, Bootstrap.class, Isolation.class,
        ScmType.class, SourceBuildMethod.class, SpecGenerator.class,
    };

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
        binding.registerReflectionHints(hints.reflection(), ANSWERS);
        binding.registerReflectionHints(hints.reflection(), REQUEST_VALUES);
    }
}
