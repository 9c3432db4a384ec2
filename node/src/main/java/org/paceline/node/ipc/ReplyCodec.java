package org.paceline.node.ipc;

import java.util.ArrayList;
import java.util.List;

import org.paceline.node.ipc.wire.MalformedFrame;
import org.paceline.node.ipc.wire.WireInput;
import org.paceline.node.ipc.wire.WireOutput;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.status.ResourceLocation;

/** {@link IpcReply}s as frame payloads: a tag byte per kind, then its fields in declaration order. */
public final class ReplyCodec {
    private ReplyCodec() {}

    public static byte[] encode(IpcReply reply) {
        var out = new WireOutput();
        switch (reply) {
            case IpcReply.Failure r -> out.tag(1).integer(r.exitCode()).string(r.message());
            case IpcReply.Done r -> out.tag(2).strings(r.lines());
            case IpcReply.Applied r -> out.tag(3).string(r.version());
            case IpcReply.CibXml r -> out.tag(4).string(r.xml());
            case IpcReply.Text r -> out.tag(5).string(r.text()).integer(r.exitCode());
            case IpcReply.Status r -> out.tag(6).string(r.cibXml()).string(r.localNode()).string(r.dcNode())
                    .bool(r.quorate()).number(r.takenMillis()).string(r.lastChange());
            case IpcReply.AttributeValues r -> {
                out.tag(7).integer(r.values().size());
                r.values().forEach(v -> out.string(v.node()).string(v.value()));
            }
            case IpcReply.Nodes r -> {
                out.tag(8).string(r.localNode()).string(r.localNodeId()).bool(r.quorate()).integer(r.nodes().size());
                r.nodes().forEach(n -> out.string(n.id()).string(n.name()).bool(n.member()));
                out.strings(r.partition());
            }
            case IpcReply.FenceEvents r -> {
                out.tag(9).integer(r.events().size());
                r.events().forEach(e -> out.string(e.target()).string(e.action()).string(e.delegate())
                        .string(e.origin()).string(e.state()).number(e.completedMillis()));
            }
            case IpcReply.Locations r -> {
                out.tag(10).integer(r.locations().size());
                r.locations().forEach(l -> out.string(l.node()).string(l.role()));
            }
        }
        return out.toByteArray();
    }

    public static IpcReply decode(byte[] payload) {
        var in = new WireInput(payload);
        int tag = in.tag();
        IpcReply reply = switch (tag) {
            case 1 -> new IpcReply.Failure(in.integer(), in.string());
            case 2 -> new IpcReply.Done(in.strings());
            case 3 -> new IpcReply.Applied(in.string());
            case 4 -> new IpcReply.CibXml(in.string());
            case 5 -> new IpcReply.Text(in.string(), in.integer());
            case 6 -> new IpcReply.Status(in.string(), in.string(), in.string(), in.bool(), in.number(), in.string());
            case 7 -> {
                int count = in.count();
                var values = new ArrayList<IpcReply.NodeValue>(count);
                for (int i = 0; i < count; i++) {
                    values.add(new IpcReply.NodeValue(in.string(), in.string()));
                }
                yield new IpcReply.AttributeValues(values);
            }
            case 8 -> {
                String local = in.string();
                String localId = in.string();
                boolean quorate = in.bool();
                int count = in.count();
                var nodes = new ArrayList<NodeEntry>(count);
                for (int i = 0; i < count; i++) {
                    nodes.add(new NodeEntry(in.string(), in.string(), in.bool()));
                }
                yield new IpcReply.Nodes(local, localId, quorate, nodes, in.strings());
            }
            case 9 -> {
                int count = in.count();
                var events = new ArrayList<IpcReply.FenceEvent>(count);
                for (int i = 0; i < count; i++) {
                    events.add(new IpcReply.FenceEvent(in.string(), in.string(), in.string(), in.string(),
                            in.string(), in.number()));
                }
                yield new IpcReply.FenceEvents(events);
            }
            case 10 -> {
                int count = in.count();
                List<ResourceLocation> locations = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    locations.add(new ResourceLocation(in.string(), in.string()));
                }
                yield new IpcReply.Locations(locations);
            }
            default -> throw new MalformedFrame("unknown reply tag " + tag);
        };
        in.end();
        return reply;
    }
}
