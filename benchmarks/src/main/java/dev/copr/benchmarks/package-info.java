/**
 * Benchmarks of the client and the starter against a local Copr stub: request throughput, uploads,
 * page walks and start-up time, each compared with a baseline.
 */
@NullMarked
package dev.copr.benchmarks;

import org.jspecify.annotations.NullMarked;
