/**
 * Node attributes: transient ones (until the node leaves the cluster, in the status
 * section) and permanent ones (the node's instance attributes), with dampening, written to
 * the CIB where rules read them ({@code crm_mon -A} shows them from there).
 *
 * <p>Owns the values of every node, pending ones included ({@code attrd_updater -Q}), each
 * attribute's delay and timer, and who writes. Takes {@link org.paceline.node.attributes.AttributeEvent}s:
 * {@link org.paceline.node.attributes.AttributeRequest}s (from {@code attrd_updater},
 * {@code crm_attribute}, {@code crm_master} through the daemon's socket, broadcast so that
 * every node's core sees them in the same order), timers, the writer (the DC) and nodes
 * leaving and joining (from membership). Gives {@link org.paceline.node.attributes.AttributeEffect}s:
 * {@code WriteAttributes} (lists of {@link org.paceline.node.store.CibUpdate} for the CIB
 * store) and {@code SetTimer}.
 *
 * <p>{@link org.paceline.node.attributes.NodeAttributes} never does I/O, reads no clock and
 * starts no thread; the daemon's {@link org.paceline.node.daemon.NodeLoop} keeps its timers.
 * It never evaluates rules (the scheduler reads the attributes from the
 * CIB) and never reads the CIB: {@code crm_attribute -G} does, from the store.
 */
package org.paceline.node.attributes;
