/**
 * The transition graph: the actions one scheduling run decided on, each with the
 * actions it must wait for. What the controller executes, what {@code crm_simulate}
 * prints and simulates, and what Pacemaker writes as a {@code transition_graph}.
 *
 * <p>Immutable records; no I/O.
 */
package org.paceline.scheduler.graph;
