/**
 * AssertJ assertions on a Copr stub and on the requests it received.
 */
@NullMarked
package dev.copr.test.assertj;

import org.jspecify.annotations.NullMarked;
