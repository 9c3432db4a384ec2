package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.FencingLevel;

/**
 * Reads {@code fencing_topology}, in either of its forms:
 * <pre>
 * fencing_topology TARGET: DEVICES [DEVICES]... [TARGET: DEVICES...]...
 * fencing_topology DEVICES [DEVICES]...            (the same levels for every node)
 * </pre>
 * where a target is {@code NODE:}, {@code attr:NAME=VALUE} or {@code regexp:PATTERN}
 * ({@code pattern:} is read too), and {@code DEVICES} is {@code dev1[,dev2...]}: one
 * level, whose devices must all succeed. Levels are numbered 1, 2, ... per target, in
 * the order written.
 */
final class FencingTopologySyntax {
    /** Where levels are numbered across statements, by target. */
    private final Map<String, Integer> lastIndex = new HashMap<>();
    /** Device lists of the form that names no target, waiting for the node list. */
    private final List<String> everyNode = new ArrayList<>();

    /** Reads one statement (its keyword taken); levels naming targets come back at once. */
    List<FencingLevel> read(Reading reading) {
        TokenCursor cursor = reading.cursor();
        var levels = new ArrayList<FencingLevel>();
        // Numbering and device lists are kept only when the whole statement reads.
        var indexes = new HashMap<>(lastIndex);
        var devicesForEveryNode = new ArrayList<String>();
        Target target = null;
        boolean devicesOnly = false;
        int devicesOfTarget = 0;
        if (cursor.atEnd()) {
            throw cursor.errorAtEnd("fencing_topology names no devices");
        }
        while (!cursor.atEnd()) {
            Token token = cursor.next("a target or devices");
            Target next = target(cursor, token);
            if (next != null) {
                if (devicesOnly) {
                    throw cursor.error(token, "a fencing_topology lists devices for every node or names targets, "
                            + "not both");
                }
                if (target != null && devicesOfTarget == 0) {
                    throw cursor.error(token, "target " + TokenCursor.quote(target.text) + " has no devices");
                }
                target = next;
                devicesOfTarget = 0;
                continue;
            }
            String devices = devices(cursor, token);
            if (target == null) {
                devicesOnly = true;
                devicesForEveryNode.add(devices);
                continue;
            }
            devicesOfTarget++;
            int index = indexes.merge(target.key(), 1, Integer::sum);
            levels.add(new FencingLevel(reading.ids().make(IdConventions.FENCING_LEVEL), Integer.toString(index),
                    target.node, target.pattern, target.attribute, target.value, devices, null));
        }
        if (target != null && devicesOfTarget == 0) {
            throw cursor.errorAtEnd("target " + TokenCursor.quote(target.text) + " has no devices");
        }
        lastIndex.putAll(indexes);
        everyNode.addAll(devicesForEveryNode);
        return levels;
    }

    /** The levels of the device lists that named no target, for each node in order. */
    List<FencingLevel> forEveryNode(IdSpace ids, List<String> nodeNames) {
        var levels = new ArrayList<FencingLevel>();
        for (String node : nodeNames) {
            for (String devices : everyNode) {
                int index = lastIndex.merge("node:" + node, 1, Integer::sum);
                levels.add(new FencingLevel(ids.make(IdConventions.FENCING_LEVEL), Integer.toString(index), node,
                        null, null, null, devices, null));
            }
        }
        return levels;
    }

    boolean hasLevelsForEveryNode() {
        return !everyNode.isEmpty();
    }

    private record Target(String text, String node, String pattern, String attribute, String value) {
        String key() {
            return node != null ? "node:" + node : pattern != null ? "pattern:" + pattern : "attr:" + attribute + "=" + value;
        }
    }

    private static Target target(TokenCursor cursor, Token token) {
        if (token.quoted()) {
            return null;
        }
        String text = token.text();
        for (String prefix : List.of("regexp:", "pattern:")) {
            if (text.startsWith(prefix)) {
                String pattern = text.substring(prefix.length());
                if (pattern.isEmpty()) {
                    throw cursor.error(token, "missing the pattern after " + TokenCursor.quote(prefix));
                }
                return new Target(text, null, pattern, null, null);
            }
        }
        if (text.startsWith("attr:")) {
            String test = text.substring("attr:".length());
            int equals = test.indexOf('=');
            if (equals <= 0) {
                throw cursor.error(token, "expected attr:NAME=VALUE, not " + TokenCursor.quote(text));
            }
            return new Target(text, null, null, test.substring(0, equals), test.substring(equals + 1));
        }
        if (token.endsWithColon()) {
            return new Target(text, token.withoutColon(), null, null, null);
        }
        return null;
    }

    private static String devices(TokenCursor cursor, Token token) {
        String text = token.text();
        if (token.isPair() || text.startsWith(",") || text.endsWith(",") || text.contains(",,")
                || text.length() == 1 && "()[]{}".contains(text) && !token.quoted()) {
            throw cursor.error(token, "expected devices such as \"dev1\" or \"dev1,dev2\", not "
                    + TokenCursor.quote(text));
        }
        return text;
    }
}
