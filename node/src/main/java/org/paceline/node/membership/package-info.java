/**
 * Membership and quorum: which nodes are in the cluster right now, who leads it, and
 * whether this partition may act.
 *
 * <p>Owns the {@link org.paceline.node.membership.Membership} seam (views and messages
 * between nodes), its production implementation over JGroups
 * ({@link org.paceline.node.membership.JGroupsMembership}, every message sealed with the
 * {@link org.paceline.node.membership.ClusterKey}), a deterministic in-memory network for
 * whole-cluster simulations ({@link org.paceline.node.membership.SimNetwork}) and the pure
 * votequorum rules ({@link org.paceline.node.membership.Quorum}).
 *
 * <p>Takes a {@link org.paceline.node.membership.MembershipConfig} and a listener; gives
 * views (members in join order, the first is the coordinator, that is the DC) and
 * messages as opaque bytes. Never interprets a message, never decides what the lack of
 * quorum implies (that is {@code no-quorum-policy}, the scheduler's), and never writes to
 * standard output: JGroups logs through {@code java.util.logging} at WARNING or quieter.
 */
package org.paceline.node.membership;
