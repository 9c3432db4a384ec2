/**
 * The operator faces' door to the local daemon: a request/response protocol over a Unix
 * domain socket.
 *
 * <p><b>Where.</b> {@link org.paceline.node.ipc.SocketLocation}: {@code $PACELINE_SOCKET},
 * else {@code /run/paceline/paceline.sock}. Mode 0660, group {@code haclient}; the server
 * also checks the peer's {@code SO_PEERCRED} ({@link org.paceline.node.ipc.PeerCheck}:
 * root or a member of {@code haclient}) and refuses anyone else in one line.
 *
 * <p><b>Wire.</b> Each message is a frame: a 4-byte big-endian length, then the payload
 * ({@link org.paceline.node.ipc.wire.Frames}). A request's payload starts with the protocol
 * version byte, then a tag byte naming the {@link org.paceline.node.ipc.IpcRequest} kind,
 * then its fields in declaration order ({@link org.paceline.node.ipc.wire.WireOutput}: integers
 * big-endian, strings as UTF-8 with a length, -1 for null; lists as a count and items).
 * A reply is a tag and fields likewise ({@link org.paceline.node.ipc.IpcReply}). A CIB
 * update travels as the store's {@link org.paceline.node.store.CibUpdate} record, its model
 * pieces as CIB XML. No reflection, no serialisation library: a face decodes a reply with a
 * handful of classes, which keeps its start-up short.
 *
 * <p><b>Who answers.</b> {@link org.paceline.node.ipc.IpcServer} serves each connection on a
 * virtual thread and hands every request to {@link org.paceline.node.ipc.RequestDispatch},
 * which calls the {@link org.paceline.node.ipc.LocalDaemon} the node daemon implements and
 * derives the rest from its CIB and view (XML sections, crm_mon's text and XML, resource
 * locations: see {@code org.paceline.node.status}).
 *
 * <p><b>Never.</b> No decision about the cluster is made here; no request changes anything
 * except through the daemon.
 */
package org.paceline.node.ipc;

