/**
 * A sample Spring Boot application that uses the starter as a user would: a tour of the Copr API at
 * start-up and a REST view of builds.
 */
@NullMarked
package dev.copr.sample;

import org.jspecify.annotations.NullMarked;
