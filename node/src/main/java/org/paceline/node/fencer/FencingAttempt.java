package org.paceline.node.fencer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One fencing attempt under way: the requests it answers (equal requests that arrive meanwhile
 * join it), its route ({@link FencingPlan}) and where it stands on it. Only the
 * {@link Fencer} reads and changes it.
 */
final class FencingAttempt {
    /** One agent run of a level: a device and the action it is asked. */
    record Step(FenceDevice device, String action, boolean decides) {}

    final String key;
    final String target;
    final FenceAction action;
    final Instant started;
    final List<FenceRequest> requests = new ArrayList<>();
    /** Devices whose delay was already waited for: a delay comes once per device and attempt. */
    final Set<String> delayed = new HashSet<>();
    /** Why each device or level failed, in order, for the final reason. */
    final List<String> failures = new ArrayList<>();

    Instant deadline;
    FencingPlan plan;
    boolean waitingForAnswers;
    boolean waitingForDevice;
    String runningOperation;
    String waitingTimer;
    int level;
    List<Step> steps = List.of();
    int step;
    int tries;
    Instant stepStarted;
    Duration stepTimeout;
    Duration nextTimeout;
    String lastDevice = "";

    FencingAttempt(FenceRequest first, Instant started, Duration fencingTimeout) {
        this.key = keyOf(first);
        this.target = first.target();
        this.action = first.action();
        this.started = started;
        this.deadline = started.plus(fencingTimeout);
        requests.add(first);
    }

    static String keyOf(FenceRequest request) {
        return request.target() + "\u0000" + request.action().word();
    }

    /** Moves to level {@code index} of the plan, at its first step. */
    void enterLevel(int index) {
        level = index;
        step = 0;
        tries = 0;
        steps = stepsOf(plan.levels().get(index));
    }

    Step currentStep() {
        return steps.get(step);
    }

    /**
     * The runs of a level. A reboot through several devices (one per power supply) is done as
     * "off" on each, then "on" on each: rebooting them one by one would never cut all power at
     * once. Then only the "off" half decides, as Pacemaker does.
     */
    private List<Step> stepsOf(FencingPlan.Level level) {
        var result = new ArrayList<Step>();
        if (action == FenceAction.REBOOT && level.devices().size() > 1) {
            level.devices().forEach(device -> result.add(new Step(device, "off", true)));
            level.devices().forEach(device -> result.add(new Step(device, "on", false)));
        } else {
            level.devices().forEach(device -> result.add(new Step(device, action.word(), true)));
        }
        return List.copyOf(result);
    }
}
