/**
 * JUnit Jupiter support: a Copr stub and a client for it injected into test methods.
 */
@NullMarked
package dev.copr.test.junit;

import org.jspecify.annotations.NullMarked;
