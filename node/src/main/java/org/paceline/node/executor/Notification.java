package org.paceline.node.executor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The variables of one clone notification ({@code notify} action of a clone with
 * {@code notify=true}): whether it comes before or after the operation, which
 * operation, and the lists of instances and nodes taking part.
 *
 * <p>Lists are named without the {@code notify_} prefix ({@code start_resource},
 * {@code promoted_uname}); setting a promoted or unpromoted list sets its deprecated twin
 * ({@code master_*}, {@code slave_*}) too, since agents such as pgsql still read those.
 *
 * @param type      {@code pre} or {@code post}
 * @param operation {@code start}, {@code stop}, {@code promote} or {@code demote}
 * @param lists     every list, in the order they are passed
 */
public record Notification(String type, String operation, SequencedMap<String, List<String>> lists) {
    /** The lists every notification carries, in the order they are passed. */
    public static final List<String> LIST_NAMES = List.of(
            "start_resource", "start_uname", "stop_resource", "stop_uname",
            "promote_resource", "promote_uname", "demote_resource", "demote_uname",
            "active_resource", "active_uname", "inactive_resource", "inactive_uname",
            "promoted_resource", "promoted_uname", "unpromoted_resource", "unpromoted_uname",
            "master_resource", "master_uname", "slave_resource", "slave_uname",
            "available_uname", "all_uname", "all_hosts");

    /**
     * What an empty list is passed as: one space. pgsql removes its lock file on a
     * primary's stop only when {@code notify_slave_uname} is exactly this.
     */
    public static final String EMPTY_LIST = " ";

    private static final Map<String, String> TWINS = Map.of(
            "promoted_resource", "master_resource", "promoted_uname", "master_uname",
            "unpromoted_resource", "slave_resource", "unpromoted_uname", "slave_uname");

    public Notification {
        var copy = new LinkedHashMap<String, List<String>>();
        lists.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        lists = Collections.unmodifiableSequencedMap(copy);
    }

    /** A notification whose lists are all empty. */
    public static Notification of(String type, String operation) {
        var lists = new LinkedHashMap<String, List<String>>();
        LIST_NAMES.forEach(name -> lists.put(name, List.of()));
        return new Notification(type, operation, lists);
    }

    /** This notification with the list {@code name} (and its deprecated twin) set to {@code values}. */
    public Notification with(String name, List<String> values) {
        var changed = new LinkedHashMap<>(lists);
        changed.put(name, values);
        String twin = TWINS.get(name);
        if (twin != null) {
            changed.put(twin, values);
        }
        return new Notification(type, operation, changed);
    }

    /** The meta attributes it is passed as, without the {@code CRM_meta_} prefix: {@code notify_type=pre}, ... */
    public SequencedMap<String, String> meta() {
        var meta = new LinkedHashMap<String, String>();
        meta.put("notify_type", type);
        meta.put("notify_operation", operation);
        lists.forEach((name, values) -> meta.put("notify_" + name, values.isEmpty() ? EMPTY_LIST : String.join(" ", values)));
        return meta;
    }
}
