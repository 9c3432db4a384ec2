/**
 * The CIB store: the node's copy of the cluster information base, versioned and
 * durable, never losing a change it acknowledged.
 *
 * <p>Owns the current {@link org.paceline.cib.Cib} and the rules that change it
 * ({@link org.paceline.node.store.CibUpdate}: configuration, attributes, resources,
 * constraints, operation history, transient attributes, node membership). Takes update
 * requests in the order the DC serialises them, peers' copies after a merge, and
 * reports of finished writes. Gives effects: {@code WriteCib} before the
 * {@code Acknowledge} that depends on it, and {@code CibCommitted} once a version is
 * durable. Stores through the {@link org.paceline.node.store.DurableFile} seam in a
 * checksummed form ({@link org.paceline.node.store.CibFiles}) that is never loaded torn.
 *
 * <p>{@link org.paceline.node.store.CibStore} never does I/O, reads no clock and starts
 * no thread; only {@link org.paceline.node.store.CibStoreLoop} and
 * {@link org.paceline.node.store.DiskDurableFile} touch the world.
 */
package org.paceline.node.store;
