package dev.copr.client.result;

/**
 * What a file in a chroot's result directory is, as copr-cli's {@code download-build} filters tell
 * them apart ({@code --rpms}, {@code --spec}, {@code --logs}).
 *
 * @since 0.1.0
 */
public enum ResultKind {
    /** A binary RPM ({@code *.rpm} but not {@code *.src.rpm}). */
    BINARY_RPM,
    /** The source RPM the chroot built from ({@code *.src.rpm}). */
    SOURCE_RPM,
    /** A log gzipped when the chroot ended ({@code *.log.gz}). */
    LOG,
    /** The spec file ({@code *.spec}). */
    SPEC
}
