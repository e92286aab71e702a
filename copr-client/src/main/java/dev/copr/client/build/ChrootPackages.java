package dev.copr.client.build;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.internal.ApiLists;
import dev.copr.client.internal.UnknownFields;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The RPMs built in one chroot ({@code {"packages": [...]}}).
 *
 * @param packages the RPMs, by NEVRA
 * @param extra fields this client does not know
 * @since 0.1.0
 */
public record ChrootPackages(List<BuiltPackage> packages,
                             @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

    public ChrootPackages {
        packages = ApiLists.copyOf(packages);
        extra = UnknownFields.copyOf(extra);
    }
}
