package org.paceline.node.fencer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which devices can fence one target, in which order, and why: the answer to
 * "{@code stonith_admin --list NODE}" and the route a fencing attempt takes.
 *
 * <p>With a topology for the target, its levels in index order, a level usable only when
 * every device in it exists, runs and can fence the target. Without one, every device that
 * can fence it, each a level of its own, from the highest {@code priority} down, ties in
 * document order. Some answers need the devices asked first ({@code list}, {@code status},
 * {@code metadata}): those are the plan's {@link #questions}, and the plan is final only
 * when there are none.
 *
 * @param levels    the usable levels, in the order they are tried
 * @param verdicts  for every device considered, whether it can fence the target and why
 * @param skipped   levels of the topology that cannot be used, with the reason
 * @param questions what must be asked of devices before the plan is final
 */
public record FencingPlan(String target, List<Level> levels, List<Verdict> verdicts, List<String> skipped,
                          List<Question> questions) {
    public FencingPlan {
        levels = List.copyOf(levels);
        verdicts = List.copyOf(verdicts);
        skipped = List.copyOf(skipped);
        questions = List.copyOf(questions);
    }

    /** A level of the plan: devices that must all succeed, and where the level comes from. */
    public record Level(String source, List<FenceDevice> devices) {
        public Level {
            devices = List.copyOf(devices);
        }

        public String deviceIds() {
            return devices.stream().map(FenceDevice::id).collect(Collectors.joining(","));
        }
    }

    /** Whether one device can fence the target, and the reason in words. */
    public record Verdict(String device, boolean canFence, String reason) {}

    /**
     * An action to run on a device before the plan is final.
     *
     * @param action {@code list}, {@code status} (about {@code target}) or {@code metadata}
     */
    public record Question(FenceDevice device, String action, String target) {}

    /** The plan for {@code target} from what is known at {@code now}. */
    public static FencingPlan of(String target, List<FenceDevice> devices, FencingTopology topology,
                                 Map<String, String> targetAttributes, DeviceFacts facts, Instant now) {
        var byId = new LinkedHashMap<String, FenceDevice>();
        devices.forEach(device -> byId.putIfAbsent(device.id(), device));
        var verdicts = new LinkedHashMap<String, Verdict>();
        var questions = new ArrayList<Question>();
        var levels = new ArrayList<Level>();
        var skipped = new ArrayList<String>();
        var topologyLevels = topology.levelsFor(target, targetAttributes);
        if (!topologyLevels.isEmpty()) {
            for (FencingTopology.Level level : topologyLevels) {
                var members = new ArrayList<FenceDevice>();
                String problem = null;
                for (String id : level.devices()) {
                    FenceDevice device = byId.get(id);
                    if (device == null) {
                        problem = problem == null ? "device " + id + " is not configured" : problem;
                        continue;
                    }
                    Verdict verdict = verdicts.computeIfAbsent(id, k -> judge(device, target, facts, now, questions));
                    if (!verdict.canFence()) {
                        problem = problem == null ? id + ": " + verdict.reason() : problem;
                    }
                    members.add(device);
                }
                if (level.devices().isEmpty()) {
                    problem = "it names no device";
                }
                if (problem == null) {
                    levels.add(new Level("level " + level.index() + " (" + level.source() + ")", members));
                } else {
                    skipped.add("level " + level.index() + " (" + level.source() + "): " + problem);
                }
            }
        } else {
            var capable = new ArrayList<FenceDevice>();
            for (FenceDevice device : byId.values()) {
                Verdict verdict = judge(device, target, facts, now, questions);
                verdicts.put(device.id(), verdict);
                if (verdict.canFence()) {
                    capable.add(device);
                }
            }
            // List.sort is stable: equal priorities keep document order.
            capable.sort(Comparator.comparingInt(FenceDevice::priority).reversed());
            for (FenceDevice device : capable) {
                levels.add(new Level("device " + device.id() + " (priority " + device.priority() + ")",
                        List.of(device)));
            }
        }
        for (Level level : levels) {
            for (FenceDevice device : level.devices()) {
                if (!device.parameters().containsKey("pcmk_host_argument")
                        && facts.hostArgument(device.agent()).isEmpty()) {
                    addOnce(questions, new Question(device, "metadata", null));
                }
            }
        }
        return new FencingPlan(target, levels, List.copyOf(verdicts.values()), skipped, questions);
    }

    /** Whether the plan no longer waits for devices' answers. */
    public boolean isFinal() {
        return questions.isEmpty();
    }

    /** Why a final plan with no level cannot fence the target, in one line. */
    public String whyNot() {
        var reasons = new ArrayList<String>(skipped);
        verdicts.stream().filter(v -> !v.canFence()).forEach(v -> reasons.add(v.device() + ": " + v.reason()));
        if (verdicts.isEmpty() && skipped.isEmpty()) {
            return "no device can fence " + target + ": no fencing device is configured";
        }
        return "no device can fence " + target + ": " + String.join("; ", reasons);
    }

    /** The plan in words, one line a level or device, for operators. */
    public List<String> lines() {
        var lines = new ArrayList<String>();
        for (Level level : levels) {
            lines.add(level.source() + ": " + level.deviceIds());
        }
        skipped.forEach(reason -> lines.add("skipped " + reason));
        verdicts.forEach(v -> lines.add(v.device() + (v.canFence() ? " can" : " cannot") + " fence " + target
                + ": " + v.reason()));
        questions.forEach(q -> lines.add("waiting for " + q.device().id() + " " + q.action()));
        return lines;
    }

    private static Verdict judge(FenceDevice device, String target, DeviceFacts facts, Instant now,
                                 List<Question> questions) {
        if (!device.enabled()) {
            return new Verdict(device.id(), false, "the device is stopped (target-role=Stopped)");
        }
        return switch (device.hostCheck()) {
            case NONE -> new Verdict(device.id(), true, "pcmk_host_check=none");
            case STATIC_LIST -> device.listsStatically(target)
                    ? new Verdict(device.id(), true, target + " is in pcmk_host_list or pcmk_host_map")
                    : new Verdict(device.id(), false, target + " is not in pcmk_host_list or pcmk_host_map");
            case DYNAMIC_LIST -> byList(device, target, facts, now, questions);
            case STATUS -> byStatus(device, target, facts, questions);
        };
    }

    private static Verdict byList(FenceDevice device, String target, DeviceFacts facts, Instant now,
                                  List<Question> questions) {
        var listing = facts.listing(device.id(), now);
        if (listing.isEmpty()) {
            addOnce(questions, new Question(device, "list", null));
            return new Verdict(device.id(), false, "waiting for the device's list");
        }
        if (listing.get().failed()) {
            if (!device.hostCheckSet()) {
                // Pacemaker's default: an agent without a working list is asked about the target.
                return byStatus(device, target, facts, questions);
            }
            return new Verdict(device.id(), false, "its list action failed: " + listing.get().failure());
        }
        List<String> listed = listing.get().targets();
        return listed.contains(device.port(target)) || listed.contains(target)
                ? new Verdict(device.id(), true, "its list names " + device.port(target))
                : new Verdict(device.id(), false, "its list does not name " + device.port(target));
    }

    private static Verdict byStatus(FenceDevice device, String target, DeviceFacts facts, List<Question> questions) {
        var answer = facts.status(device.id(), target);
        if (answer.isEmpty()) {
            addOnce(questions, new Question(device, "status", target));
            return new Verdict(device.id(), false, "waiting for the device's status of " + target);
        }
        return answer.get().knowsTarget()
                ? new Verdict(device.id(), true, "its status knows " + device.port(target)
                        + (answer.get().rc() == 0 ? " (on)" : " (off)"))
                : new Verdict(device.id(), false, "its status cannot tell " + device.port(target) + ": "
                        + answer.get().detail());
    }

    private static void addOnce(List<Question> questions, Question question) {
        if (!questions.contains(question)) {
            questions.add(question);
        }
    }
}
