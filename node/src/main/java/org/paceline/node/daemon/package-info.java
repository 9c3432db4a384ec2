/**
 * The node daemon: every part's core joined in one {@link org.paceline.node.daemon.NodeCore}
 * (pure: events in, effects out), the thin {@link org.paceline.node.daemon.NodeLoop} that
 * carries the effects out, and {@link org.paceline.node.daemon.Daemon}, the one place that
 * wires production seams: JGroups membership, the CIB files, agents as processes, the
 * local socket, the logs ({@link org.paceline.node.daemon.DaemonLog}: the full log and
 * pm_logconv's operational one).
 *
 * <p>Takes a {@link org.paceline.node.config.NodeConfig}; gives a running node. The cores
 * never do I/O; the loop never decides. Messages between nodes are
 * {@link org.paceline.node.daemon.ClusterMessage}s, encoded by
 * {@link org.paceline.node.daemon.ClusterMessageCodec} at the membership seam.
 */
package org.paceline.node.daemon;
