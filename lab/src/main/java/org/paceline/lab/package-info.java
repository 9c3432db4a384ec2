/**
 * The lab: clusters of several Paceline nodes on one machine, as separate processes, for
 * the process tests, the demos and operators rehearsing failures.
 *
 * <p>Owns {@link org.paceline.lab.LabCluster} (lays out a cluster's files, starts, kills,
 * pauses and restarts its nodes, runs operator commands against one node) and
 * {@link org.paceline.lab.Observer} (watches, from outside the daemons, the agents' own
 * state files, and records every moment a resource was active on two nodes or a
 * promotable clone had two promoted instances), and {@link org.paceline.lab.LabNetwork}
 * (a two-node lab's network namespaces: an interconnect to cut and a second network that
 * stays up; root only). Takes a folder and node names; gives
 * running processes and what was seen. Never looks inside a daemon: what it knows of
 * the cluster it learns as an operator would, from files, logs and commands.
 */
package org.paceline.lab;
