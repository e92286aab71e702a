package dev.copr.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A package of a project (Copr's {@code Package}) with its stored source. Mutable. */
final class PackageRecord {

    final long id;
    final long projectId;
    final String name;
    /** Copr's source type text: {@code unset}, {@code scm}, {@code pypi}, ... */
    String sourceType = "unset";
    /** The stored {@code source_json}, e.g. {@code srpm_build_method} rather than {@code source_build_method}. */
    Map<String, Object> sourceJson = new LinkedHashMap<>();
    boolean webhookRebuild;
    @Nullable Integer maxBuilds;
    @Nullable Integer timeout;
    @Nullable String chrootDenylist;

    PackageRecord(long id, long projectId, String name) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
    }
}
