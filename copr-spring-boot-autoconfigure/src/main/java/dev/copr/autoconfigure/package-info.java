/**
 * Spring Boot auto-configuration of the Copr client and its proxies from {@code copr.*} properties, python-copr's
 * classic config file or a {@link dev.copr.autoconfigure.CoprConnectionDetails} bean. Its other concerns have
 * their own auto-configurations in the sub-packages: {@code health}, {@code observation}, {@code token},
 * {@code events} and {@code endpoint}.
 */
@NullMarked
package dev.copr.autoconfigure;

import org.jspecify.annotations.NullMarked;
