/**
 * Text that Pacemaker's tools print about a cluster state, reproduced line for line:
 * the cluster status block of {@code crm_simulate} ("Current cluster status:",
 * "Revised Cluster Status:").
 *
 * <p>Takes a {@link org.paceline.scheduler.state.ClusterState}; gives lines of text.
 * No I/O: the caller prints.
 */
package org.paceline.scheduler.output;
