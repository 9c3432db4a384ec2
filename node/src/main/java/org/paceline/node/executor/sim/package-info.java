/**
 * A simulation of the executor's process seam, for deterministic tests of the code above it.
 *
 * <p>Owns {@link org.paceline.node.executor.sim.SimulatedScriptRunner}: scripted replies
 * (exits, hangs, floods, missing programs) in the order given. Takes calls; gives outcomes
 * and the record of every call. Never starts a process, reads a clock or sleeps.
 */
package org.paceline.node.executor.sim;
