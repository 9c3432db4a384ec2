/**
 * What {@code crm_simulate} does around the scheduler: what-if changes to a CIB
 * ({@link org.paceline.scheduler.simulation.Injections}), the simulated execution of a
 * transition graph against the CIB's status ({@link org.paceline.scheduler.simulation.GraphExecution}),
 * the whole run with its output sections ({@link org.paceline.scheduler.simulation.Simulation}),
 * and the graph written as Pacemaker's {@code transition_graph} XML and as DOT.
 *
 * <p>Takes a CIB, an instant and a {@link org.paceline.scheduler.simulation.StatusView}
 * (the cluster-status text, written elsewhere); gives text and new CIBs. Pure: no I/O,
 * no clock, no threads; the command line reads files and the clock and passes them in.
 */
package org.paceline.scheduler.simulation;
