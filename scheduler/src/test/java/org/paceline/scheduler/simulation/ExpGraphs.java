package org.paceline.scheduler.simulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads Pacemaker's {@code transition_graph} XML (the conformance cases' .exp files) into graph records. */
final class ExpGraphs {
    private ExpGraphs() {}

    static TransitionGraph read(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        var synapses = new ArrayList<Synapse>();
        for (Element synapse : children(root, "synapse")) {
            Element actionSet = children(synapse, "action_set").getFirst();
            GraphAction action = action(children(actionSet, null).getFirst());
            var inputs = new ArrayList<Integer>();
            for (Element inputsElement : children(synapse, "inputs")) {
                for (Element trigger : children(inputsElement, "trigger")) {
                    inputs.add(Integer.parseInt(children(trigger, null).getFirst().getAttribute("id")));
                }
            }
            String priority = synapse.getAttribute("priority");
            synapses.add(new Synapse(Integer.parseInt(synapse.getAttribute("id")),
                    priority.isEmpty() ? 0 : Integer.parseInt(priority), action, inputs));
        }
        String fencingTimeout = root.hasAttribute("fencing-timeout") ? root.getAttribute("fencing-timeout")
                : root.getAttribute("stonith-timeout");
        String recheck = root.getAttribute("recheck-by");
        return new TransitionGraph(Integer.parseInt(root.getAttribute("transition_id")),
                root.getAttribute("cluster-delay"), fencingTimeout, recheck.isEmpty() ? 0 : Long.parseLong(recheck),
                synapses);
    }

    private static GraphAction action(Element element) {
        int id = Integer.parseInt(element.getAttribute("id"));
        String task = element.getAttribute("operation");
        String key = element.getAttribute("operation_key");
        SequencedMap<String, String> attributes = new LinkedHashMap<>();
        for (Element attributesElement : children(element, "attributes")) {
            var named = attributesElement.getAttributes();
            var metas = new ArrayList<String>();
            var others = new ArrayList<String>();
            for (int i = 0; i < named.getLength(); i++) {
                String name = named.item(i).getNodeName();
                (name.startsWith("CRM_meta_") ? metas : others).add(name);
            }
            for (String name : metas) {
                attributes.put(name, attributesElement.getAttribute(name));
            }
            for (String name : others) {
                attributes.put(name, attributesElement.getAttribute(name));
            }
        }
        return switch (element.getTagName()) {
            case "rsc_op" -> {
                Element primitive = children(element, "primitive").getFirst();
                String longId = primitive.hasAttribute("long-id") ? primitive.getAttribute("long-id")
                        : primitive.getAttribute("id");
                String interval = attributes.getOrDefault("CRM_meta_interval", "0");
                yield new ResourceAction(id, task, key, primitive.getAttribute("id"), longId,
                        primitive.getAttribute("class"),
                        primitive.hasAttribute("provider") ? primitive.getAttribute("provider") : null,
                        primitive.getAttribute("type"), Long.parseLong(interval), element.getAttribute("on_node"),
                        element.getAttribute("on_node_uuid"), attributes);
            }
            case "crm_event" -> new ClusterAction(id, task, key, element.getAttribute("on_node"),
                    element.getAttribute("on_node_uuid"), attributes);
            default -> new PseudoAction(id, task, key, attributes);
        };
    }

    private static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }
}
