package org.paceline.node.ipc;

import org.paceline.node.ipc.wire.MalformedFrame;
import org.paceline.node.ipc.wire.WireInput;
import org.paceline.node.ipc.wire.WireOutput;
import org.paceline.node.status.StatusOptions;

/**
 * {@link IpcRequest}s as frame payloads: a tag byte per kind, then its fields in
 * declaration order. The first byte of every request is {@link #VERSION}, so that a
 * face and a daemon of different builds refuse each other in one clear line.
 */
public final class RequestCodec {
    /** The protocol's version; bump it whenever a layout changes. */
    public static final int VERSION = 1;

    private RequestCodec() {}

    public static byte[] encode(IpcRequest request) {
        var out = new WireOutput().tag(VERSION);
        // An instanceof chain, not a pattern switch: a switch on types bootstraps through
        // invokedynamic at its first run, milliseconds that every helper process would pay.
        // RequestCodecProperties round-trips every kind, so a kind left out here fails there.
        if (request instanceof IpcRequest.QueryCib r) {
            out.tag(1).string(r.section());
        } else if (request instanceof IpcRequest.QueryStatus) {
            out.tag(2);
        } else if (request instanceof IpcRequest.ShowStatus r) {
            out.tag(3).integer(r.options().bits()).string(r.options().command());
        } else if (request instanceof IpcRequest.ApplyUpdate r) {
            CibUpdateCodec.write(out.tag(4), r.update());
        } else if (request instanceof IpcRequest.ReadAttribute r) {
            out.tag(5).tag(r.scope().ordinal()).string(r.node()).string(r.name()).bool(r.allNodes());
        } else if (request instanceof IpcRequest.WriteAttribute r) {
            out.tag(6).tag(r.scope().ordinal()).string(r.node()).string(r.name()).string(r.value())
                    .number(r.dampenMillis());
        } else if (request instanceof IpcRequest.RemoveAttribute r) {
            out.tag(7).tag(r.scope().ordinal()).string(r.node()).string(r.name());
        } else if (request instanceof IpcRequest.ListNodes) {
            out.tag(8);
        } else if (request instanceof IpcRequest.Fence r) {
            out.tag(9).string(r.target()).tag(r.action().ordinal());
        } else if (request instanceof IpcRequest.FenceHistory r) {
            out.tag(10).string(r.node());
        } else if (request instanceof IpcRequest.CleanFenceHistory r) {
            out.tag(11).string(r.node());
        } else if (request instanceof IpcRequest.ListFenceDevices) {
            out.tag(12);
        } else if (request instanceof IpcRequest.Cleanup r) {
            out.tag(13).string(r.resource()).string(r.node());
        } else if (request instanceof IpcRequest.Locate r) {
            out.tag(14).string(r.resource());
        } else {
            throw new IllegalStateException("request kind " + request.getClass().getName() + " has no encoding");
        }
        return out.toByteArray();
    }

    public static IpcRequest decode(byte[] payload) {
        var in = new WireInput(payload);
        int version = in.tag();
        if (version != VERSION) {
            throw new MalformedFrame("protocol version " + version + " (this daemon speaks " + VERSION + ")");
        }
        int tag = in.tag();
        IpcRequest request = switch (tag) {
            case 1 -> new IpcRequest.QueryCib(in.string());
            case 2 -> new IpcRequest.QueryStatus();
            case 3 -> {
                int bits = in.integer();
                yield new IpcRequest.ShowStatus(StatusOptions.of(bits, in.string()));
            }
            case 4 -> new IpcRequest.ApplyUpdate(CibUpdateCodec.read(in));
            case 5 -> new IpcRequest.ReadAttribute(scope(in), in.string(), in.string(), in.bool());
            case 6 -> new IpcRequest.WriteAttribute(scope(in), in.string(), in.string(), in.string(), in.number());
            case 7 -> new IpcRequest.RemoveAttribute(scope(in), in.string(), in.string());
            case 8 -> new IpcRequest.ListNodes();
            case 9 -> new IpcRequest.Fence(in.string(), enumOf(FenceAction.values(), in.tag(), "fence action"));
            case 10 -> new IpcRequest.FenceHistory(in.string());
            case 11 -> new IpcRequest.CleanFenceHistory(in.string());
            case 12 -> new IpcRequest.ListFenceDevices();
            case 13 -> new IpcRequest.Cleanup(in.string(), in.string());
            case 14 -> new IpcRequest.Locate(in.string());
            default -> throw new MalformedFrame("unknown request tag " + tag);
        };
        in.end();
        return request;
    }

    private static AttributeScope scope(WireInput in) {
        return enumOf(AttributeScope.values(), in.tag(), "attribute scope");
    }

    static <E> E enumOf(E[] values, int ordinal, String what) {
        if (ordinal >= values.length) {
            throw new MalformedFrame("unknown " + what + " " + ordinal);
        }
        return values[ordinal];
    }
}
