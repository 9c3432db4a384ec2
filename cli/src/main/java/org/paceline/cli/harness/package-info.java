/**
 * A stand-in daemon for the faces' tests and benchmarks: {@code LocalDaemon} over a real
 * CIB store, served on a socket of its own ({@link org.paceline.cli.harness.HarnessDaemon}),
 * the helper benchmark ({@link org.paceline.cli.harness.HelperBenchmark}) and the AOT
 * training run ({@link org.paceline.cli.harness.FaceTraining}).
 *
 * <p>Never the product: the node daemon implements {@code LocalDaemon} itself. What the
 * stand-in simplifies (no dampening timer, fencing only recorded) is said on
 * {@link org.paceline.cli.harness.StoreBackedDaemon}.
 */
package org.paceline.cli.harness;
