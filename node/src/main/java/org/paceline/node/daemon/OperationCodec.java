package org.paceline.node.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

import org.paceline.node.attributes.AttributeRequest;
import org.paceline.node.attributes.Lifetime;
import org.paceline.node.controller.OperationReport;
import org.paceline.node.controller.OperationRequest;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OcfOperation;
import org.paceline.node.executor.OpResult;
import org.paceline.node.fencer.FenceAction;
import org.paceline.node.fencer.FenceRequest;
import org.paceline.node.fencer.FenceResult;
import org.paceline.node.ipc.wire.MalformedFrame;
import org.paceline.node.ipc.wire.WireInput;
import org.paceline.node.ipc.wire.WireOutput;

/**
 * The wire forms of what the controller, the nodes' operation side, the fencer and the
 * attributes send each other: fields in declaration order, instants as epoch
 * milliseconds, durations as milliseconds, maps as counted pairs in their order.
 */
final class OperationCodec {
    private OperationCodec() {}

    static void request(WireOutput out, OperationRequest request) {
        out.string(request.node()).string(request.transitionKey()).string(request.operationKey())
                .string(request.resource()).string(request.resourceClass()).string(request.provider())
                .string(request.type()).string(request.task()).number(request.intervalMillis())
                .number(request.timeout().toMillis());
        OcfOperation call = request.operation();
        out.string(call.instance()).string(call.provider()).string(call.type()).string(call.action())
                .number(call.intervalMillis()).number(call.timeout().toMillis()).string(call.role())
                .string(call.checkLevel());
        map(out, call.parameters());
        map(out, call.meta());
        map(out, request.attributes());
    }

    static OperationRequest request(WireInput in) {
        String node = in.string();
        String transitionKey = in.string();
        String operationKey = in.string();
        String resource = in.string();
        String resourceClass = in.string();
        String provider = in.string();
        String type = in.string();
        String task = in.string();
        long interval = in.number();
        Duration timeout = Duration.ofMillis(in.number());
        var call = new OcfOperation(in.string(), in.string(), in.string(), in.string(), in.number(),
                Duration.ofMillis(in.number()), in.string(), in.string(), map(in), map(in));
        return new OperationRequest(node, transitionKey, operationKey, resource, resourceClass, provider, type, task,
                interval, timeout, call, map(in));
    }

    static void report(WireOutput out, OperationReport report) {
        request(out, report.request());
        out.integer(report.callId());
        result(out, report.result());
    }

    static OperationReport report(WireInput in) {
        return new OperationReport(request(in), in.integer(), result(in));
    }

    static void result(WireOutput out, OpResult result) {
        out.integer(result.rc()).string(result.status().name()).string(result.exitReason()).string(result.output())
                .string(result.errors()).number(result.started().toEpochMilli()).number(result.ended().toEpochMilli());
    }

    static OpResult result(WireInput in) {
        int rc = in.integer();
        ExecutorStatus status = ExecutorStatus.valueOf(in.string());
        return new OpResult(rc, status, in.string(), in.string(), in.string(), Instant.ofEpochMilli(in.number()),
                Instant.ofEpochMilli(in.number()));
    }

    static void attribute(WireOutput out, AttributeRequest request) {
        switch (request) {
            case AttributeRequest.UpdateAttribute u -> duration(out.tag(1).string(u.node()).string(u.name())
                    .string(u.value()), u.dampen()).string(u.lifetime().name()).string(u.setId()).bool(u.updateDelay());
            case AttributeRequest.UpdateDelay u -> duration(out.tag(2).string(u.node()).string(u.name()), u.dampen())
                    .string(u.lifetime().name());
            case AttributeRequest.DeleteAttribute u -> out.tag(3).string(u.node()).string(u.name())
                    .string(u.lifetime().name());
        }
    }

    static AttributeRequest attribute(WireInput in) {
        return switch (in.tag()) {
            case 1 -> new AttributeRequest.UpdateAttribute(in.string(), in.string(), in.string(), duration(in),
                    Lifetime.valueOf(in.string()), in.string(), in.bool());
            case 2 -> new AttributeRequest.UpdateDelay(in.string(), in.string(), duration(in), Lifetime.valueOf(in.string()));
            case 3 -> new AttributeRequest.DeleteAttribute(in.string(), in.string(), Lifetime.valueOf(in.string()));
            default -> throw new MalformedFrame("unknown attribute request");
        };
    }

    static void fenceResult(WireOutput out, FenceResult result) {
        FenceRequest request = result.request();
        out.string(request.target()).string(request.action().word()).string(request.origin()).string(request.requestId())
                .bool(result.succeeded()).string(result.reason()).string(result.device()).string(result.executor())
                .number(result.completed().toEpochMilli());
    }

    static FenceResult fenceResult(WireInput in) {
        var request = new FenceRequest(in.string(), fenceAction(in.string()), in.string(), in.string());
        return new FenceResult(request, in.bool(), in.string(), in.string(), in.string(), Instant.ofEpochMilli(in.number()));
    }

    static FenceAction fenceAction(String word) {
        return FenceAction.parse(word).orElseThrow(() -> new MalformedFrame("unknown fencing action " + word));
    }

    private static WireOutput duration(WireOutput out, Duration duration) {
        return out.number(duration == null ? -1 : duration.toMillis());
    }

    private static Duration duration(WireInput in) {
        long millis = in.number();
        return millis < 0 ? null : Duration.ofMillis(millis);
    }

    private static void map(WireOutput out, Map<String, String> map) {
        out.integer(map.size());
        map.forEach((key, value) -> out.string(key).string(value));
    }

    private static SequencedMap<String, String> map(WireInput in) {
        int count = in.count();
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < count; i++) {
            map.put(in.string(), in.string());
        }
        return map;
    }
}
