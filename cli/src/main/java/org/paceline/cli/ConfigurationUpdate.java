package org.paceline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

import org.paceline.cib.Configuration;

/**
 * {@code crm configure load update}: the objects of a file merged into the running
 * configuration. An object whose id (a node's name) is already there replaces it where
 * it stands; a new one is appended; every other object stays. ACLs and the
 * configuration's unknown elements come from the file when it has any. Pure.
 */
final class ConfigurationUpdate {
    private ConfigurationUpdate() {}

    static Configuration merge(Configuration current, Configuration incoming) {
        return new Configuration(
                byId(current.clusterProperties(), incoming.clusterProperties(), s -> s.id()),
                byId(current.nodes(), incoming.nodes(), n -> n.uname()),
                byId(current.resources(), incoming.resources(), r -> r.id()),
                byId(current.templates(), incoming.templates(), t -> t.id()),
                byId(current.constraints(), incoming.constraints(), c -> c.id()),
                byId(current.resourceDefaults(), incoming.resourceDefaults(), s -> s.id()),
                byId(current.operationDefaults(), incoming.operationDefaults(), s -> s.id()),
                byId(current.fencingTopology(), incoming.fencingTopology(), l -> l.id()),
                byId(current.alerts(), incoming.alerts(), a -> a.id()),
                incoming.acls().equals(Configuration.EMPTY.acls()) ? current.acls() : incoming.acls(),
                byId(current.tags(), incoming.tags(), t -> t.id()),
                incoming.extras().isEmpty() ? current.extras() : incoming.extras());
    }

    private static <T> List<T> byId(List<T> current, List<T> incoming, Function<T, String> id) {
        var merged = new LinkedHashMap<String, T>();
        var unnamed = new ArrayList<T>();
        for (T item : current) {
            put(merged, unnamed, id.apply(item), item);
        }
        for (T item : incoming) {
            put(merged, unnamed, id.apply(item), item);
        }
        var result = new ArrayList<T>(merged.values());
        result.addAll(unnamed);
        return result;
    }

    private static <T> void put(LinkedHashMap<String, T> merged, List<T> unnamed, String id, T item) {
        if (id == null) {
            unnamed.add(item);
        } else {
            merged.put(id, item);
        }
    }
}
