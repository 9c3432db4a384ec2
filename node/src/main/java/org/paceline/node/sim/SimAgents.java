package org.paceline.node.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.paceline.node.attributes.AttributeRequest;
import org.paceline.node.attributes.Lifetime;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OcfExitCode;
import org.paceline.node.executor.OcfOperation;
import org.paceline.node.executor.OpResult;

/**
 * The resources of a simulated cluster as its agents would find them: on each host, each
 * resource instance stopped, started or promoted, as a Dummy or Stateful agent keeps it in
 * its state file. This is the ground truth the simulation's observer judges, apart from
 * what any daemon believes.
 *
 * <p>Operations behave as the agents do: start and stop always reach their state (stop of
 * a stopped resource succeeds), monitor answers 0, 7 or 8, promote and demote move between
 * roles. Faults are injected per host and resource: the resource is lost (the next monitor
 * says 7), an action fails with a code, or hangs until its timeout. A powered-off host
 * holds nothing: its tmpfs went with its power. Not thread-safe: the simulation owns it.
 */
public final class SimAgents {
    /** What an instance is on a host. */
    public enum State { STOPPED, STARTED, PROMOTED }

    /** How a host's next call of an action on a resource ends, instead of normally. */
    public sealed interface Fault {
        /** The agent exits with this code (after doing nothing). */
        record Fails(int rc) implements Fault {}

        /** The agent never returns: killed at its timeout. */
        record Hangs() implements Fault {}
    }

    /** How long an agent call takes in simulated time: what the observer sees as downtime. */
    public static final Duration CALL_TIME = Duration.ofMillis(20);

    private final Map<String, Map<String, State>> hosts = new TreeMap<>();
    private final Set<String> poweredOff = new TreeSet<>();
    private final Map<String, Fault> faults = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    /** Runs an operation on a host and says how it ended; {@code at} is when it started. */
    public OpResult run(String host, OcfOperation operation, Instant at) {
        String resource = primitive(operation.instance());
        calls.add(host + " " + resource + " " + operation.action()
                + (operation.intervalMillis() > 0 ? " every " + operation.intervalMillis() + " ms" : ""));
        Fault fault = faults.remove(key(host, resource, operation.action()));
        if (fault instanceof Fault.Hangs) {
            return new OpResult(OcfExitCode.ERR_GENERIC.code(), ExecutorStatus.TIMED_OUT, "timed out", "", "",
                    at, at.plus(operation.timeout()));
        }
        Instant ended = at.plus(CALL_TIME);
        if (fault instanceof Fault.Fails fails) {
            return done(fails.rc(), at, ended);
        }
        Map<String, State> states = hosts.computeIfAbsent(host, h -> new TreeMap<>());
        State state = states.getOrDefault(resource, State.STOPPED);
        int rc = switch (operation.action()) {
            case "start" -> {
                states.put(resource, State.STARTED);
                yield 0;
            }
            case "stop" -> {
                states.remove(resource);
                yield 0;
            }
            case "promote" -> {
                states.put(resource, State.PROMOTED);
                yield 0;
            }
            case "demote" -> {
                states.put(resource, State.STARTED);
                yield 0;
            }
            case "monitor" -> switch (state) {
                case STOPPED -> OcfExitCode.NOT_RUNNING.code();
                case STARTED -> 0;
                case PROMOTED -> OcfExitCode.RUNNING_PROMOTED.code();
            };
            case "notify", "reload", "reload-agent", "validate-all", "meta-data" -> 0;
            default -> OcfExitCode.ERR_UNIMPLEMENTED.code();
        };
        return done(rc, at, ended);
    }

    /**
     * What the Stateful agent does besides keeping its state: it tells the cluster its
     * promotion score ({@code crm_attribute --promotion}), 5 where it runs unpromoted, 10
     * where it is promoted, none once stopped. Empty for every other agent and call.
     */
    public Optional<AttributeRequest> attributeChange(String host, OcfOperation operation, OpResult result) {
        if (!"Stateful".equals(operation.type()) || result.rc() != 0) {
            return Optional.empty();
        }
        String name = "master-" + primitive(operation.instance());
        return Optional.ofNullable(switch (operation.action()) {
            case "start", "demote" -> new AttributeRequest.UpdateAttribute(host, name, "5", null, Lifetime.REBOOT, null,
                    false);
            case "promote" -> new AttributeRequest.UpdateAttribute(host, name, "10", null, Lifetime.REBOOT, null, false);
            case "stop" -> new AttributeRequest.DeleteAttribute(host, name, Lifetime.REBOOT);
            default -> null;
        });
    }

    /** The resource stops by itself on the host (a crashed process, an address removed). */
    public void lose(String host, String resource) {
        hosts.getOrDefault(host, new TreeMap<>()).remove(resource);
    }

    /** The host's next call of {@code action} on {@code resource} ends so. */
    public void inject(String host, String resource, String action, Fault fault) {
        faults.put(key(host, resource, action), fault);
    }

    /** The host loses its power: nothing of it is active any more, until it boots. */
    public void powerOff(String host) {
        poweredOff.add(host);
        hosts.remove(host);
    }

    public void powerOn(String host) {
        poweredOff.remove(host);
    }

    public boolean isPoweredOff(String host) {
        return poweredOff.contains(host);
    }

    /** What is active on each powered host, by resource. */
    public Map<String, Map<String, State>> active() {
        var copy = new TreeMap<String, Map<String, State>>();
        hosts.forEach((host, states) -> {
            if (!poweredOff.contains(host) && !states.isEmpty()) {
                copy.put(host, new TreeMap<>(states));
            }
        });
        return copy;
    }

    /** The hosts where a resource is active. */
    public Set<String> hostsOf(String resource) {
        var found = new TreeSet<String>();
        active().forEach((host, states) -> {
            if (states.containsKey(resource)) {
                found.add(host);
            }
        });
        return found;
    }

    /** The hosts where a resource is promoted. */
    public Set<String> promotedOn(String resource) {
        var found = new TreeSet<String>();
        active().forEach((host, states) -> {
            if (states.get(resource) == State.PROMOTED) {
                found.add(host);
            }
        });
        return found;
    }

    /** Every call so far: {@code host resource action}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public Optional<State> state(String host, String resource) {
        return Optional.ofNullable(hosts.getOrDefault(host, Map.of()).get(resource));
    }

    private static OpResult done(int rc, Instant started, Instant ended) {
        return new OpResult(rc, ExecutorStatus.DONE, "", "", "", started, ended);
    }

    /** Clone instances are {@code rsc:N} to their agent; the state is the primitive's, as Dummy keeps it. */
    private static String primitive(String instance) {
        int colon = instance.indexOf(':');
        return colon < 0 ? instance : instance.substring(0, colon);
    }

    private static String key(String host, String resource, String action) {
        return host + "\u0000" + resource + "\u0000" + action;
    }
}
