/**
 * The door through which the executor runs programs: the {@link org.paceline.node.executor.script.ScriptRunner}
 * seam, what goes in ({@link org.paceline.node.executor.script.ScriptCall}) and what comes out
 * ({@link org.paceline.node.executor.script.ScriptOutcome}), and its production implementation
 * {@link org.paceline.node.executor.script.ProcessScriptRunner}.
 *
 * <p>Owns child processes: their process group, bounded output capture, and the kill on
 * timeout or cancel. Takes a complete call (executable, arguments, environment, stdin);
 * gives how the run ended. Never interprets an exit code (that is the agents' front
 * ends' business) and never lets a run's failure escape as an exception.
 */
package org.paceline.node.executor.script;
