/**
 * Cluster configurations generated for benchmarks: a shape (nodes, primitives, seed)
 * in, a whole CIB out, configuration and status, the same bytes for the same shape.
 * Takes nothing from outside and does no I/O; the layout a shape gives is chosen by
 * a seeded random generator, never by the clock or hash order. A cluster is caught
 * healthy, or just after one node crashed ({@link org.paceline.bench.generated.ClusterCondition}).
 */
package org.paceline.bench.generated;
