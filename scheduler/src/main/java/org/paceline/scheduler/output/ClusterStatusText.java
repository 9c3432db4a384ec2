package org.paceline.scheduler.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * The cluster status as {@code crm_simulate} prints it under "Current cluster status:"
 * and "Revised Cluster Status:": the node list, then the full list of resources.
 */
public final class ClusterStatusText {
    private ClusterStatusText() {}

    /**
     * The status text of one state.
     *
     * @param preamble what comes before "Current cluster status:" because of the state:
     *                 the maintenance-mode banner and the count of disabled and blocked
     *                 instances, each followed by a blank line; empty when neither applies
     * @param lines    the block itself, without its heading and without the blank line after it
     */
    public record Rendered(List<String> preamble, List<String> lines) {
        public Rendered {
            preamble = List.copyOf(preamble);
            lines = List.copyOf(lines);
        }
    }

    public static Rendered render(ClusterState state) {
        var lines = new ArrayList<String>(NodeListText.lines(state));
        lines.add("");
        lines.addAll(ResourceListText.lines(state));
        return new Rendered(preamble(state), lines);
    }

    /** Unpacks the CIB at the instant and renders it. */
    public static Rendered render(Cib cib, Instant now) {
        return render(ClusterState.unpack(cib, now));
    }

    /** What comes before "Current cluster status:", as {@link Rendered#preamble()}, without rendering the block. */
    public static List<String> preamble(ClusterState state) {
        var preamble = new ArrayList<String>();
        if (state.options().maintenanceMode()) {
            preamble.add("");
            preamble.add("              *** Resource management is DISABLED ***");
            preamble.add("  The cluster will not attempt to start, stop or recover services");
            preamble.add("");
        }
        int[] counts = new int[3];
        for (ResourceInstance resource : state.resources()) {
            count(resource, counts);
        }
        if (counts[1] > 0 || counts[2] > 0) {
            preamble.add(counts[1] + " of " + counts[0] + " resource instances DISABLED and " + counts[2]
                    + " BLOCKED from further action due to failure");
            preamble.add("");
        }
        return preamble;
    }

    /** Counts instances, disabled ones and blocked ones, as Pacemaker counts them: primitives, orphans only when active. */
    private static void count(ResourceInstance resource, int[] counts) {
        if (!resource.children().isEmpty()) {
            resource.children().forEach(child -> count(child, counts));
            return;
        }
        if (resource.variant() != ResourceInstance.Variant.PRIMITIVE) {
            return;
        }
        if (resource.orphan() && resource.role().compareTo(Role.STOPPED) <= 0) {
            return;
        }
        counts[0]++;
        if (PrimitiveText.disabled(resource)) {
            counts[1]++;
        }
        if (resource.blocked()) {
            counts[2]++;
        }
    }
}
