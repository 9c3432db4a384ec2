/**
 * The executor: runs resource agents (OCF agents, LSB init scripts), fence agents and
 * cluster-glue STONITH plugins ({@link org.paceline.node.executor.StonithPlugin}, through
 * cluster-glue's {@code stonith} command or, for Paceline's own external plugins such as
 * stonith-helper, directly) on this node, and says how each operation ended; it also
 * answers a waiting meatware reset ({@link org.paceline.node.executor.MeatwareConfirmation}).
 *
 * <p>Owns the agents' calling conventions: the OCF environment ({@link org.paceline.node.executor.OcfEnvironment},
 * a pure function), agent paths, the meaning of exit codes ({@link org.paceline.node.executor.OcfExitCode},
 * {@link org.paceline.node.executor.ExecutorStatus}, LSB status codes), exit reasons, and the
 * fence agents' {@code key=value} standard input. Takes an operation and, through the
 * {@link org.paceline.node.executor.script.ScriptRunner} seam, a way to run programs, and an
 * {@link java.time.InstantSource}; gives an {@link org.paceline.node.executor.OpResult}.
 *
 * <p>Never decides what to run or what a result means for the cluster (the controller's
 * business), never maps fence targets to device ports (the fencer's), never reads a clock
 * or starts a process itself: the injected seams do.
 */
package org.paceline.node.executor;
