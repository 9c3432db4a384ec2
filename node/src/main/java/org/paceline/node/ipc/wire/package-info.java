/**
 * The faces' protocol below its messages: length-prefixed frames on a stream channel
 * ({@link org.paceline.node.ipc.wire.Frames}) and the field encoding inside a frame
 * ({@link org.paceline.node.ipc.wire.WireOutput}, {@link org.paceline.node.ipc.wire.WireInput}):
 * a tag byte, big-endian integers, UTF-8 strings with their length (-1 for null), lists as a
 * count and items. Knows nothing of what the messages mean; a frame that does not decode is a
 * {@link org.paceline.node.ipc.wire.MalformedFrame}, never an index exception.
 */
package org.paceline.node.ipc.wire;
