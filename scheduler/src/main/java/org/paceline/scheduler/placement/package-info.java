/**
 * Placement: where each resource should run and in which role. Location constraints
 * and rules give each resource a score per node; stickiness, failures and bans adjust
 * them; colocations tie resources together; each resource (in priority order) takes
 * the best node, clone instances spread over the nodes, and promotable clones promote
 * their best instances.
 *
 * <p>Takes a {@link org.paceline.scheduler.state.ClusterState}; gives a
 * {@link org.paceline.scheduler.placement.Placement}. Pure and deterministic: nodes are
 * compared by score, then load, then name; resources in priority then configuration order.
 */
package org.paceline.scheduler.placement;
