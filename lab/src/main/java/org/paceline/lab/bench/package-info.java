/**
 * Benchmarks of a running lab cluster: failover and restart times split into what the
 * daemons took and what the agents and configured delays took, read from the daemons'
 * own log time stamps; a node's memory and idle CPU.
 */
package org.paceline.lab.bench;
