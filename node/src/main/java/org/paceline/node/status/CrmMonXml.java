package org.paceline.node.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Cib;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * {@code crm_mon --output-as=xml} as Pacemaker 2.1 writes it, one element per line with
 * attributes in Pacemaker's order: agents grep it line by line ({@code <node name="N" .*
 * online="true"}, {@code <resource id="R" .* role="Promoted"}), so {@code name} comes
 * before {@code online} and {@code id} before {@code role}. Pure.
 */
public final class CrmMonXml {
    private CrmMonXml() {}

    public static String render(Cib cib, DaemonView view, Instant now, ZoneId zone, StatusOptions options) {
        ClusterState state = ClusterState.unpack(cib, now);
        var xml = new StringBuilder();
        xml.append("<pacemaker-result api-version=\"2.25\" request=\"").append(escape(options.command()))
                .append("\">\n");
        summary(xml, state, view, now, zone);
        xml.append("  <nodes>\n");
        for (ClusterNode node : StatusFacts.nodesByName(state)) {
            xml.append("    <node name=\"").append(escape(node.name())).append("\" id=\"").append(escape(node.id()))
                    .append("\" online=\"").append(node.online()).append("\" standby=\"").append(node.standby())
                    .append("\" standby_onfail=\"").append(node.standbyOnFail()).append("\" maintenance=\"")
                    .append(node.maintenance()).append("\" pending=\"").append(node.pending())
                    .append("\" unclean=\"").append(node.unclean()).append("\" shutdown=\"").append(node.shutdown())
                    .append("\" expected_up=\"").append(node.expectedUp()).append("\" is_dc=\"")
                    .append(node.name().equals(view.dcNode())).append("\" resources_running=\"")
                    .append(node.runningResources().size()).append("\" type=\"")
                    .append(node.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\"/>\n");
        }
        xml.append("  </nodes>\n  <resources>\n");
        for (ResourceInstance top : state.resources()) {
            resource(xml, top, 2, options.inactive());
        }
        xml.append("  </resources>\n");
        attributes(xml, state);
        history(xml, state);
        failures(xml, cib, zone);
        xml.append("  <status code=\"0\" message=\"OK\"/>\n</pacemaker-result>\n");
        return xml.toString();
    }

    private static void summary(StringBuilder xml, ClusterState state, DaemonView view, Instant now, ZoneId zone) {
        xml.append("  <summary>\n    <stack type=\"corosync\"/>\n");
        if (view.dcNode() == null) {
            xml.append("    <current_dc present=\"false\"/>\n");
        } else {
            String dcId = state.node(view.dcNode()).map(ClusterNode::id).orElse(view.dcNode());
            xml.append("    <current_dc present=\"true\" version=\"").append(CrmMonText.PACEMAKER_VERSION)
                    .append("\" name=\"").append(escape(view.dcNode())).append("\" id=\"").append(escape(dcId))
                    .append("\" with_quorum=\"").append(view.quorate()).append("\"/>\n");
        }
        xml.append("    <last_update time=\"").append(StatusFacts.ctime(now, zone)).append("\" origin=\"")
                .append(escape(view.localNode())).append("\"/>\n");
        if (view.lastChange() != null) {
            xml.append("    <last_change time=\"").append(escape(view.lastChange())).append("\"/>\n");
        }
        xml.append("    <nodes_configured number=\"").append(state.nodes().size()).append("\"/>\n");
        xml.append("    <resources_configured number=\"").append(StatusFacts.instances(state).size())
                .append("\" disabled=\"0\" blocked=\"0\"/>\n");
        xml.append("    <cluster_options stonith-enabled=\"").append(state.options().fencingEnabled())
                .append("\" maintenance-mode=\"").append(state.options().maintenanceMode()).append("\"/>\n");
        xml.append("  </summary>\n");
    }

    private static void resource(StringBuilder xml, ResourceInstance resource, int depth, boolean inactive) {
        String pad = "  ".repeat(depth);
        switch (resource.variant()) {
            case PRIMITIVE -> primitive(xml, resource, pad, inactive);
            case GROUP -> {
                xml.append(pad).append("<group id=\"").append(escape(resource.id())).append("\" number_resources=\"")
                        .append(resource.children().size()).append("\" managed=\"").append(resource.managed())
                        .append("\">\n");
                resource.children().forEach(child -> resource(xml, child, depth + 1, inactive));
                xml.append(pad).append("</group>\n");
            }
            case CLONE -> {
                xml.append(pad).append("<clone id=\"").append(escape(resource.id())).append("\" multi_state=\"")
                        .append(resource.isPromotable()).append("\" unique=\"").append(resource.unique())
                        .append("\" managed=\"").append(resource.managed()).append("\" failed=\"")
                        .append(resource.failed()).append("\">\n");
                resource.children().forEach(child -> resource(xml, child, depth + 1, inactive));
                xml.append(pad).append("</clone>\n");
            }
            case BUNDLE -> xml.append(pad).append("<bundle id=\"").append(escape(resource.id())).append("\"/>\n");
        }
    }

    private static void primitive(StringBuilder xml, ResourceInstance primitive, String pad, boolean inactive) {
        List<ClusterNode> running = primitive.runningOn();
        if (running.isEmpty() && (!inactive || primitive.orphan())) {
            return;
        }
        Role role = StatusFacts.role(primitive);
        xml.append(pad).append("<resource id=\"").append(escape(StatusFacts.printableId(primitive)))
                .append("\" resource_agent=\"").append(escape(StatusFacts.agent(primitive.primitive())))
                .append("\" role=\"").append(role.text()).append("\" active=\"").append(!running.isEmpty())
                .append("\" orphaned=\"").append(primitive.orphan()).append("\" blocked=\"").append(primitive.blocked())
                .append("\" managed=\"").append(primitive.managed()).append("\" failed=\"").append(primitive.failed())
                .append("\" failure_ignored=\"").append(primitive.failureIgnored()).append("\" nodes_running_on=\"")
                .append(running.size()).append('"');
        if (running.isEmpty()) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n");
        for (ClusterNode node : running) {
            xml.append(pad).append("  <node name=\"").append(escape(node.name())).append("\" id=\"")
                    .append(escape(node.id())).append("\" cached=\"true\"/>\n");
        }
        xml.append(pad).append("</resource>\n");
    }

    private static void attributes(StringBuilder xml, ClusterState state) {
        xml.append("  <node_attributes>\n");
        for (ClusterNode node : StatusFacts.nodesByName(state)) {
            if (!node.online()) {
                continue;
            }
            xml.append("    <node name=\"").append(escape(node.name())).append("\">\n");
            for (Map.Entry<String, String> attribute : StatusFacts.shownAttributes(node).entrySet()) {
                xml.append("      <attribute name=\"").append(escape(attribute.getKey())).append("\" value=\"")
                        .append(escape(attribute.getValue())).append("\"/>\n");
            }
            xml.append("    </node>\n");
        }
        xml.append("  </node_attributes>\n");
    }

    /** The fail-counts per node ({@code node_history} without the operations, which nothing greps). */
    private static void history(StringBuilder xml, ClusterState state) {
        xml.append("  <node_history>\n");
        for (ClusterNode node : StatusFacts.nodesByName(state)) {
            var entries = new StringBuilder();
            for (ResourceInstance primitive : StatusFacts.instances(state)) {
                Integer count = primitive.failCounts().get(node);
                if (count != null && count > 0) {
                    entries.append("      <resource_history id=\"").append(escape(StatusFacts.printableId(primitive)))
                            .append("\" orphan=\"").append(primitive.orphan()).append("\" migration-threshold=\"")
                            .append(StatusFacts.migrationThreshold(primitive)).append("\" fail-count=\"")
                            .append(count).append("\"/>\n");
                }
            }
            if (!entries.isEmpty()) {
                xml.append("    <node name=\"").append(escape(node.name())).append("\">\n").append(entries)
                        .append("    </node>\n");
            }
        }
        xml.append("  </node_history>\n");
    }

    private static void failures(StringBuilder xml, Cib cib, ZoneId zone) {
        var failures = FailedActions.of(cib);
        if (failures.isEmpty()) {
            return;
        }
        xml.append("  <failures>\n");
        for (FailedActions.Failure f : failures) {
            var record = f.record();
            xml.append("    <failure op_key=\"").append(escape(f.key())).append("\" node=\"").append(escape(f.node()))
                    .append("\" exitstatus=\"").append(FailedActions.exitText(f.rc())).append("\" exitreason=\"")
                    .append(escape(f.exitReason())).append("\" exitcode=\"").append(f.rc()).append("\" call=\"")
                    .append(escape(record.callId())).append("\" status=\"")
                    .append(FailedActions.statusText(record.status().orElse(0))).append("\" task=\"")
                    .append(escape(record.operation())).append("\" interval=\"").append(escape(record.interval()))
                    .append("\"/>\n");
        }
        xml.append("  </failures>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
