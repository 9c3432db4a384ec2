package org.paceline.cib.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Configuration;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;

/**
 * Mandatory orders must not wait on each other: "A before B" and "B before A" would
 * leave both stopped forever. Each order adds an edge between (resource, action)
 * pairs, and its symmetric inverse unless it is asymmetrical; a cycle is an error that
 * names the constraints on it.
 */
final class OrderCycleCheck {
    private OrderCycleCheck() {}

    /** One "then waits for first" edge, and the constraint that made it. */
    private record Edge(String to, String constraint) {}

    static void run(Configuration config, Report report) {
        Map<String, List<Edge>> graph = new LinkedHashMap<>();
        for (Constraint constraint : config.constraints()) {
            if (constraint instanceof Order order && mandatory(order.kind(), order.score())) {
                addOrder(order, graph);
            }
        }
        var reported = new LinkedHashSet<Set<String>>();
        var state = new LinkedHashMap<String, Integer>(); // 1 on the path, 2 done
        for (String start : List.copyOf(graph.keySet())) {
            if (!state.containsKey(start)) {
                visit(start, graph, state, new ArrayList<>(), new ArrayList<>(), report, reported);
            }
        }
    }

    private static void addOrder(Order order, Map<String, List<Edge>> graph) {
        boolean symmetrical = order.symmetrical() == null
                ? !"serialize".equalsIgnoreCase(order.kind())
                : org.paceline.cib.rules.Values.isTrue(order.symmetrical());
        if (order.sets().isEmpty()) {
            String firstAction = order.firstAction() == null ? "start" : order.firstAction();
            String thenAction = order.thenAction() == null ? firstAction : order.thenAction();
            edge(graph, order.first(), firstAction, order.then(), thenAction, order.id(), symmetrical);
            return;
        }
        List<ResourceSet> sets = order.sets();
        for (int i = 0; i < sets.size(); i++) {
            ResourceSet set = sets.get(i);
            String action = set.attribute("action").orElse("start");
            boolean sequential = set.attribute("sequential").map(org.paceline.cib.rules.Values::isTrue).orElse(true);
            if (sequential) {
                for (int j = 1; j < set.resources().size(); j++) {
                    edge(graph, set.resources().get(j - 1), action, set.resources().get(j), action, order.id(), symmetrical);
                }
            }
            if (i + 1 < sets.size()) {
                ResourceSet next = sets.get(i + 1);
                String nextAction = next.attribute("action").orElse("start");
                // Only a set's last member gates the next set when it is sequential, but any
                // member being first is enough to form a cycle, so every pair counts.
                for (String from : set.resources()) {
                    for (String to : next.resources()) {
                        edge(graph, from, action, to, nextAction, order.id(), symmetrical);
                    }
                }
            }
        }
    }

    private static void edge(Map<String, List<Edge>> graph, String first, String firstAction, String then,
                             String thenAction, String constraint, boolean symmetrical) {
        if (first == null || then == null) {
            return;
        }
        String from = first + " " + firstAction;
        String to = then + " " + thenAction;
        graph.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(to, constraint));
        graph.computeIfAbsent(to, k -> new ArrayList<>());
        if (symmetrical) {
            String inverseFrom = then + " " + inverse(thenAction);
            String inverseTo = first + " " + inverse(firstAction);
            graph.computeIfAbsent(inverseFrom, k -> new ArrayList<>()).add(new Edge(inverseTo, constraint));
            graph.computeIfAbsent(inverseTo, k -> new ArrayList<>());
        }
    }

    private static void visit(String node, Map<String, List<Edge>> graph, Map<String, Integer> state,
                              List<String> path, List<String> via, Report report, Set<Set<String>> reported) {
        state.put(node, 1);
        path.add(node);
        for (Edge edge : graph.getOrDefault(node, List.of())) {
            Integer s = state.get(edge.to());
            if (s == null) {
                via.add(edge.constraint());
                visit(edge.to(), graph, state, path, via, report, reported);
                via.removeLast();
            } else if (s == 1) {
                int from = path.indexOf(edge.to());
                var constraints = new LinkedHashSet<>(via.subList(from, via.size()));
                constraints.add(edge.constraint());
                if (reported.add(Set.copyOf(constraints))) {
                    var steps = new ArrayList<>(path.subList(from, path.size()));
                    steps.add(edge.to());
                    report.error(constraints.iterator().next(), "mandatory orders form a cycle ("
                            + String.join(" -> ", steps) + ") through " + String.join(", ", constraints)
                            + ": none of these actions could ever run");
                }
            }
        }
        path.removeLast();
        state.put(node, 2);
    }

    static boolean mandatory(String kind, String score) {
        if (kind != null) {
            return kind.toLowerCase(Locale.ROOT).equals("mandatory");
        }
        if (score == null) {
            return true;
        }
        String s = score.trim().toLowerCase(Locale.ROOT);
        return !(s.equals("0") || s.startsWith("-") || s.equals("+0"));
    }

    private static String inverse(String action) {
        return switch (action) {
            case "start" -> "stop";
            case "stop" -> "start";
            case "promote" -> "demote";
            case "demote" -> "promote";
            default -> action;
        };
    }
}
