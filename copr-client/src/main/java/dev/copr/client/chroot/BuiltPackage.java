package dev.copr.client.chroot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import dev.copr.client.UnknownFields;

import java.util.Map;

/**
 * One RPM a build produced (its NEVRA), as Copr lists them for a build chroot or a build.
 *
 * @param name package name
 * @param epoch epoch; null when the package has none
 * @param version version
 * @param release release, e.g. {@code 1.fc41}
 * @param arch architecture, e.g. {@code x86_64}, {@code noarch} or {@code src}
 * @param extra fields this client does not know
 */
public record BuiltPackage(String name, Integer epoch, String version, String release, String arch,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public BuiltPackage {
        extra = UnknownFields.copyOf(extra);
    }
}
