/**
 * A stand-in daemon for the faces' tests and the AOT training run
 * ({@link org.paceline.cli.harness.FaceTraining}): {@code LocalDaemon} over a real CIB
 * store, served on a socket of its own ({@link org.paceline.cli.harness.HarnessDaemon}).
 * The helper benchmark runs against the real node daemon instead
 * ({@code org.paceline.lab.bench.HelperBench}).
 *
 * <p>Never the product: the node daemon implements {@code LocalDaemon} itself. What the
 * stand-in simplifies (no dampening timer, fencing only recorded) is said on
 * {@link org.paceline.cli.harness.StoreBackedDaemon}.
 */
package org.paceline.cli.harness;
