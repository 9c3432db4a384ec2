/**
 * The cluster as one scheduling run sees it, unpacked from a CIB at an instant: nodes
 * and their condition, resources expanded into instances with their current roles and
 * locations, failures and fail counts, resolved options, meta and parameters.
 *
 * <p>Takes a {@link org.paceline.cib.Cib} and an {@link java.time.Instant}; gives a
 * {@link org.paceline.scheduler.state.ClusterState} that is read-only once unpacked
 * (placement keeps its working data elsewhere). No I/O, no clock.
 */
package org.paceline.scheduler.state;
