package org.paceline.node.fencer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.SequencedMap;
import java.util.random.RandomGenerator;

import org.paceline.cib.Cib;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.AttributeSets;
import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.rules.RuleContext;

/**
 * A fencing device: a primitive of class {@code stonith}, its parameters resolved, and the
 * {@code pcmk_*} settings the fencer acts on.
 *
 * @param agent      the fence agent ({@code fence_ipmilan}), the primitive's type
 * @param parameters every instance attribute in effect, {@code pcmk_*} ones included (the
 *                   executor leaves those off the agent's standard input)
 * @param enabled    false when {@code target-role} is Stopped: a stopped device fences nothing
 * @param priority   the {@code priority} meta attribute: without a topology, devices are
 *                   tried from the highest priority down, then in document order
 * @param hostList   {@code pcmk_host_list}: the targets it can fence
 * @param hostMap    {@code pcmk_host_map}: target to port ({@code n1:1;n2:2,3})
 * @param hostCheck  {@code pcmk_host_check}, or its default
 * @param hostCheckSet whether {@code pcmk_host_check} was set (a failed {@code list} then
 *                   does not fall back to {@code status})
 */
public record FenceDevice(String id, String agent, SequencedMap<String, String> parameters, boolean enabled,
                          int priority, List<String> hostList, SequencedMap<String, String> hostMap,
                          HostCheck hostCheck, boolean hostCheckSet) {
    /** Pacemaker's default for {@code pcmk_<action>_retries}. */
    public static final int DEFAULT_RETRIES = 2;

    public FenceDevice {
        parameters = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(parameters));
        hostList = List.copyOf(hostList);
        hostMap = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(hostMap));
    }

    /** Every fencing device of the CIB, in document order, its rules evaluated at {@code now}. */
    public static List<FenceDevice> all(Cib cib, Instant now) {
        var devices = new ArrayList<FenceDevice>();
        cib.configuration().allResources().forEach(resource -> {
            if (resource instanceof Primitive primitive && primitive.isFencingDevice()) {
                devices.add(of(primitive, now));
            }
        });
        return List.copyOf(devices);
    }

    /** The device a stonith primitive describes. */
    public static FenceDevice of(Primitive primitive, Instant now) {
        var parameters = AttributeSets.resolve(primitive.sets(SetKind.INSTANCE), RuleContext.at(now));
        var meta = AttributeSets.resolve(primitive.sets(SetKind.META), RuleContext.at(now));
        boolean enabled = !"stopped".equalsIgnoreCase(meta.getOrDefault("target-role", "Started").strip());
        int priority = integer(meta.get("priority"), 0);
        List<String> hostList = words(parameters.get("pcmk_host_list"));
        SequencedMap<String, String> hostMap = hostMap(parameters.get("pcmk_host_map"));
        var explicit = HostCheck.parse(parameters.get("pcmk_host_check"));
        // Pacemaker's default: a configured list decides; else ask the agent for its list.
        HostCheck check = explicit.orElse(hostList.isEmpty() && hostMap.isEmpty()
                ? HostCheck.DYNAMIC_LIST : HostCheck.STATIC_LIST);
        return new FenceDevice(primitive.id(), primitive.type(), parameters, enabled, priority, hostList, hostMap,
                check, explicit.isPresent());
    }

    /** The value of the host argument for {@code target}: its alias in the host map, else its name. */
    public String port(String target) {
        return hostMap.getOrDefault(target, target);
    }

    /** Whether {@code pcmk_host_list} or {@code pcmk_host_map} names {@code target}. */
    public boolean listsStatically(String target) {
        return hostList.contains(target) || hostMap.containsKey(target);
    }

    /** {@code pcmk_<action>_timeout}, else {@code fallback} (the cluster's fencing timeout, as in Pacemaker). */
    public Duration timeout(String action, Duration fallback) {
        OptionalLong millis = IntervalSpec.millis(parameters.get("pcmk_" + action + "_timeout"));
        return parameters.containsKey("pcmk_" + action + "_timeout") && millis.isPresent() && millis.getAsLong() > 0
                ? Duration.ofMillis(millis.getAsLong()) : fallback;
    }

    /** {@code pcmk_<action>_retries}: how many times the action runs at most (default 2). */
    public int retries(String action) {
        return Math.max(1, integer(parameters.get("pcmk_" + action + "_retries"), DEFAULT_RETRIES));
    }

    /**
     * The delay before a fencing action: {@code pcmk_delay_base} plus a random part that keeps
     * the sum within {@code pcmk_delay_max}, as Pacemaker derives it.
     */
    public Duration delay(RandomGenerator random) {
        long base = millis(parameters.get("pcmk_delay_base"));
        long max = millis(parameters.get("pcmk_delay_max"));
        if (max <= base) {
            return Duration.ofMillis(base);
        }
        return Duration.ofMillis(base + random.nextLong(max - base + 1));
    }

    /** The words of a host list: separated by whitespace, commas or semicolons. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * A host map: entries separated by semicolons or whitespace, each {@code name:port} or
     * {@code name=port}; a port may hold commas ({@code n2:2,3}) and backslash-escaped characters.
     */
    static SequencedMap<String, String> hostMap(String text) {
        var map = new LinkedHashMap<String, String>();
        if (text == null) {
            return map;
        }
        var name = new StringBuilder();
        var port = new StringBuilder();
        boolean inPort = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == '\\' && i + 1 < text.length()) {
                (inPort ? port : name).append(text.charAt(++i));
            } else if ((c == ':' || c == '=') && !inPort) {
                inPort = true;
            } else if (c == ';' || Character.isWhitespace(c)) {
                if (inPort && !name.isEmpty() && !port.isEmpty()) {
                    map.putIfAbsent(name.toString(), port.toString());
                }
                if (inPort || c == ';') {
                    name.setLength(0);
                    port.setLength(0);
                    inPort = false;
                }
            } else {
                (inPort ? port : name).append(c);
            }
        }
        return map;
    }

    private static long millis(String text) {
        if (text == null) {
            return 0;
        }
        OptionalLong millis = IntervalSpec.millis(text);
        return millis.isPresent() ? Math.max(0, millis.getAsLong()) : 0;
    }

    private static int integer(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
