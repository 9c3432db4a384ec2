package org.paceline.node.daemon;

import java.util.ArrayList;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.ipc.CibUpdateCodec;
import org.paceline.node.ipc.wire.MalformedFrame;
import org.paceline.node.ipc.wire.WireInput;
import org.paceline.node.ipc.wire.WireOutput;
import org.paceline.node.store.ReplicationMessage;
import org.paceline.node.store.UpdateOutcome;

/**
 * {@link ClusterMessage}s as the bytes membership carries: a tag per kind, then the
 * fields, with the wire forms the local socket uses. A CIB travels as its XML, so that
 * what the model does not know travels too. Membership has already checked who sent
 * it (the cluster key seals every message); a payload that does not decode is dropped
 * and logged, never acted on.
 */
public final class ClusterMessageCodec {
    private ClusterMessageCodec() {}

    /** What came off the wire. */
    public sealed interface Decoded {
        record Message(ClusterMessage message) implements Decoded {}

        record Malformed(String reason) implements Decoded {}
    }

    public static byte[] encode(ClusterMessage message) {
        var out = new WireOutput();
        switch (message) {
            case ClusterMessage.Replication m -> replication(out.tag(1), m.message());
            case ClusterMessage.RunOperation m -> OperationCodec.request(out.tag(2), m.request());
            case ClusterMessage.CancelRecurring m -> OperationCodec.request(out.tag(3), m.cancel());
            case ClusterMessage.Report m -> OperationCodec.report(out.tag(4), m.report());
            case ClusterMessage.Attribute m -> OperationCodec.attribute(out.tag(5), m.request());
            case ClusterMessage.FenceRequest m -> out.tag(6).string(m.requestId()).string(m.target())
                    .string(m.action().word()).bool(m.confirm());
            case ClusterMessage.FenceAnswer m -> OperationCodec.fenceResult(out.tag(7).string(m.requestId()), m.result());
            case ClusterMessage.ShutdownRequest m -> out.tag(8);
            case ClusterMessage.ShutdownReady m -> out.tag(9);
        }
        return out.toByteArray();
    }

    public static Decoded decode(byte[] bytes) {
        try {
            var in = new WireInput(bytes);
            ClusterMessage message = switch (in.tag()) {
                case 1 -> new ClusterMessage.Replication(replication(in));
                case 2 -> new ClusterMessage.RunOperation(OperationCodec.request(in));
                case 3 -> new ClusterMessage.CancelRecurring(OperationCodec.request(in));
                case 4 -> new ClusterMessage.Report(OperationCodec.report(in));
                case 5 -> new ClusterMessage.Attribute(OperationCodec.attribute(in));
                case 6 -> new ClusterMessage.FenceRequest(in.string(), in.string(), OperationCodec.fenceAction(in.string()),
                        in.bool());
                case 7 -> new ClusterMessage.FenceAnswer(in.string(), OperationCodec.fenceResult(in));
                case 8 -> new ClusterMessage.ShutdownRequest();
                case 9 -> new ClusterMessage.ShutdownReady();
                default -> throw new MalformedFrame("unknown message kind");
            };
            in.end();
            return new Decoded.Message(message);
        } catch (MalformedFrame | IllegalArgumentException | NullPointerException e) {
            // A record's own checks refuse what decoded but makes no sense: dropped all the same.
            return new Decoded.Malformed(e.getMessage());
        }
    }

    private static void replication(WireOutput out, ReplicationMessage message) {
        switch (message) {
            case ReplicationMessage.Forward m -> {
                out.tag(1).string(m.requestId());
                CibUpdateCodec.write(out, m.update());
            }
            case ReplicationMessage.Answer m -> outcome(out.tag(2).string(m.requestId()), m.outcome());
            case ReplicationMessage.Replicate m -> out.tag(3).string(CibXmlWriter.write(m.cib()));
            case ReplicationMessage.Offer m -> out.tag(4).string(CibXmlWriter.write(m.cib()));
            case ReplicationMessage.Durable m -> version(out.tag(5), m.version());
        }
    }

    private static ReplicationMessage replication(WireInput in) {
        return switch (in.tag()) {
            case 1 -> new ReplicationMessage.Forward(in.string(), CibUpdateCodec.read(in));
            case 2 -> new ReplicationMessage.Answer(in.string(), outcome(in));
            case 3 -> new ReplicationMessage.Replicate(cib(in.string()));
            case 4 -> new ReplicationMessage.Offer(cib(in.string()));
            case 5 -> new ReplicationMessage.Durable(version(in));
            default -> throw new MalformedFrame("unknown replication message");
        };
    }

    private static void outcome(WireOutput out, UpdateOutcome outcome) {
        switch (outcome) {
            case UpdateOutcome.Applied applied -> version(out.tag(1), applied.version());
            case UpdateOutcome.Rejected rejected -> {
                out.tag(2).integer(rejected.problems().size());
                for (Problem problem : rejected.problems()) {
                    out.string(problem.file()).integer(problem.line()).integer(problem.column()).string(problem.message());
                }
            }
        }
    }

    private static UpdateOutcome outcome(WireInput in) {
        return switch (in.tag()) {
            case 1 -> new UpdateOutcome.Applied(version(in));
            case 2 -> {
                int count = in.count();
                var problems = new ArrayList<Problem>(count);
                for (int i = 0; i < count; i++) {
                    problems.add(new Problem(in.string(), in.integer(), in.integer(), in.string()));
                }
                if (problems.isEmpty()) {
                    throw new MalformedFrame("a rejection without problems");
                }
                yield new UpdateOutcome.Rejected(problems);
            }
            default -> throw new MalformedFrame("unknown update outcome");
        };
    }

    private static void version(WireOutput out, CibVersion version) {
        out.number(version.adminEpoch()).number(version.epoch()).number(version.numUpdates());
    }

    private static CibVersion version(WireInput in) {
        long admin = in.number();
        long epoch = in.number();
        long updates = in.number();
        if (admin < 0 || epoch < 0 || updates < 0) {
            throw new MalformedFrame("a negative CIB version");
        }
        return new CibVersion(admin, epoch, updates);
    }

    private static Cib cib(String xml) {
        if (xml == null) {
            throw new MalformedFrame("a CIB message without a CIB");
        }
        return switch (CibXmlReader.read("peer", xml)) {
            case Parsed.Valid<org.paceline.cib.Document> valid -> valid.value().cib();
            case Parsed.Invalid<org.paceline.cib.Document> invalid ->
                    throw new MalformedFrame("a CIB that does not read: " + invalid.problems().getFirst().oneLine());
        };
    }
}
