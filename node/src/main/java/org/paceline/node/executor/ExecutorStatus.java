package org.paceline.node.executor;

/**
 * How the executor itself fared with an operation, apart from what the agent answered
 * (Pacemaker's {@code op-status}).
 */
public enum ExecutorStatus {
    /** The agent ran and exited by itself: its exit code is its answer. */
    DONE,
    /** The agent outlived its timeout and was killed with everything it started. */
    TIMED_OUT,
    /** The operation was cancelled before the agent finished; it was killed. */
    CANCELLED,
    /** The agent is not on this node. */
    NOT_INSTALLED,
    /** The agent could not be run (not executable, no such provider, an environment refused). */
    ERROR
}
