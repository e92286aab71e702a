/**
 * The contract suite: the same tests against the test kit's stub and a real Copr frontend.
 */
@NullMarked
package dev.copr.contract;

import org.jspecify.annotations.NullMarked;
