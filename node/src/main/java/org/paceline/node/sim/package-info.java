/**
 * Whole clusters in one JVM, deterministic and replayable: every seam of the daemon
 * implemented in memory (a network that delays, cuts and heals; a clock that jumps to
 * the next timer; agents whose resources start, fail and hang on command), driven by one
 * seed on one thread.
 *
 * <p>Owns {@link org.paceline.node.sim.SimAgents} (the resources as the agents would find
 * them: the ground truth an observer judges). Never used by the production daemon.
 */
package org.paceline.node.sim;
