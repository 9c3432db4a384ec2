package org.paceline.node.ipc.wire;

/** A frame that does not decode: the peer speaks another version of the protocol, or is not Paceline. */
public final class MalformedFrame extends RuntimeException {
    public MalformedFrame(String message) {
        super(message);
    }
}
