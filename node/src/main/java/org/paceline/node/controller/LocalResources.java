package org.paceline.node.controller;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OpResult;

/**
 * One node's side of operation execution (Pacemaker's "LRM"), as a pure state machine:
 * runs what the DC asks, one operation per resource at a time in the order asked,
 * repeats recurring monitors by timer and reports a monitor's result only when it
 * changes, cancels monitors on request and before a stop.
 *
 * <p>Events go in through {@link #step}; {@link #ready} gives the effects due, each once;
 * {@link #advance} takes those carried out (nothing in them changes this core's state:
 * it is there so that every core has the same shape). No I/O, no clock, no threads; not
 * thread-safe: one loop thread owns it.
 *
 * <p>Call ids count up from 1 for each operation; a recurring monitor keeps its call id
 * for as long as it repeats, as in Pacemaker, so that its record is one entry.
 */
public final class LocalResources {
    private final String node;
    private final List<LocalEffect> due = new ArrayList<>();
    /** Calls started and not finished, by call id. */
    private final Map<Integer, OperationRequest> executing = new HashMap<>();
    /** Operations waiting for their resource to be free, by resource. */
    private final Map<String, Queue<Pending>> queued = new LinkedHashMap<>();
    /** Recurring monitors, by {@code resource_interval}. */
    private final Map<String, Recurring> recurring = new LinkedHashMap<>();
    private int lastCallId;

    public LocalResources(String node) {
        this.node = node;
    }

    /** Takes one event; never blocks, never does I/O. */
    public void step(LocalEvent event) {
        switch (event) {
            case LocalEvent.Requested e -> requested(e.request());
            case LocalEvent.CancelRequested e -> cancel(e.cancel(), e);
            case LocalEvent.Finished e -> finished(e.callId(), e.result());
            case LocalEvent.TimerFired e -> repeat(e.timerId());
        }
    }

    public List<LocalEffect> ready() {
        var effects = List.copyOf(due);
        due.clear();
        return effects;
    }

    public void advance(List<LocalEffect> done) {
        // Nothing to learn: results come back as events.
    }

    /** What runs now, in call order: the DC asks this after an election to learn what is in flight. */
    public List<OperationRequest> inFlight() {
        return executing.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** The recurring monitors this node repeats, in the order they were started. */
    public List<OperationRequest> recurringMonitors() {
        return recurring.values().stream().map(Recurring::request).toList();
    }

    private void requested(OperationRequest request) {
        if (!request.node().equals(node)) {
            throw new IllegalStateException("operation " + request.operationKey() + " for " + request.node()
                    + " was routed to " + node);
        }
        if (request.stopsResource()) {
            // Nothing of a resource may still be checked once it is asked to stop.
            for (String key : List.copyOf(recurring.keySet())) {
                if (recurring.get(key).request.resource().equals(request.resource())) {
                    forget(key);
                }
            }
        }
        int callId = ++lastCallId;
        if (request.isRecurring()) {
            String key = request.resource() + "_" + request.intervalMillis();
            forget(key);
            recurring.put(key, new Recurring(request, callId));
        }
        enqueue(new Pending(callId, request));
    }

    private void cancel(OperationRequest cancel, LocalEvent.CancelRequested event) {
        String key = cancel.resource() + "_" + cancel.intervalMillis();
        Recurring monitor = recurring.get(key);
        int callId = monitor == null ? ++lastCallId : monitor.callId;
        forget(key);
        // Cancelling one that is not running is done too: what the DC wanted holds.
        due.add(new LocalEffect.Report(new OperationReport(cancel, callId,
                new OpResult(0, ExecutorStatus.DONE, "", "", "", event.now(), event.now()))));
    }

    private void forget(String key) {
        Recurring monitor = recurring.remove(key);
        if (monitor == null) {
            return;
        }
        due.add(new LocalEffect.CancelTimer(timerId(key)));
        if (executing.remove(monitor.callId) != null) {
            due.add(new LocalEffect.CancelExecution(monitor.callId));
            startNext(monitor.request.resource());
        }
        Queue<Pending> waiting = queued.get(monitor.request.resource());
        if (waiting != null) {
            waiting.removeIf(p -> p.callId == monitor.callId);
        }
    }

    private void finished(int callId, OpResult result) {
        OperationRequest request = executing.remove(callId);
        if (request == null) {
            return;
        }
        startNext(request.resource());
        if (!request.isRecurring()) {
            due.add(new LocalEffect.Report(new OperationReport(request, callId, result)));
            return;
        }
        String key = request.resource() + "_" + request.intervalMillis();
        Recurring monitor = recurring.get(key);
        if (monitor == null || monitor.callId != callId) {
            // Cancelled meanwhile: the DC no longer wants to hear of it.
            return;
        }
        if (monitor.lastStatus == null || monitor.lastRc != result.rc() || monitor.lastStatus != result.status()) {
            // The DC records a monitor's result only when it changes, as Pacemaker's executor reports it.
            due.add(new LocalEffect.Report(new OperationReport(request, callId, result)));
        }
        monitor.lastRc = result.rc();
        monitor.lastStatus = result.status();
        due.add(new LocalEffect.SetTimer(timerId(key), Duration.ofMillis(request.intervalMillis())));
    }

    private void repeat(String timerId) {
        String key = timerId.substring(timerId.indexOf(':') + 1);
        Recurring monitor = recurring.get(key);
        if (monitor == null) {
            return;
        }
        enqueue(new Pending(monitor.callId, monitor.request));
    }

    private void enqueue(Pending pending) {
        String resource = pending.request.resource();
        queued.computeIfAbsent(resource, r -> new ArrayDeque<>()).add(pending);
        startNext(resource);
    }

    private void startNext(String resource) {
        if (busy(resource)) {
            return;
        }
        Queue<Pending> waiting = queued.get(resource);
        Pending next = waiting == null ? null : waiting.poll();
        if (next == null) {
            return;
        }
        executing.put(next.callId, next.request);
        due.add(new LocalEffect.Execute(next.callId, next.request));
    }

    private boolean busy(String resource) {
        return executing.values().stream().anyMatch(r -> r.resource().equals(resource));
    }

    private static String timerId(String key) {
        return "monitor:" + key;
    }

    private record Pending(int callId, OperationRequest request) {}

    /** A recurring monitor: its request, its call id, and the last result reported. */
    private static final class Recurring {
        private final OperationRequest request;
        private final int callId;
        private int lastRc;
        /** Null until the first result: that one is always reported. */
        private ExecutorStatus lastStatus;

        Recurring(OperationRequest request, int callId) {
            this.request = request;
            this.callId = callId;
        }

        OperationRequest request() {
            return request;
        }
    }
}
