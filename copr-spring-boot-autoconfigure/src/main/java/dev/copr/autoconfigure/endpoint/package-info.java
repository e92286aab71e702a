/**
 * Auto-configuration for the actuator's endpoints: masks the Copr credentials in {@code env} and {@code configprops}.
 */
@NullMarked
package dev.copr.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
