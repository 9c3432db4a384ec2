package org.paceline.cli.seeds;

import java.util.List;
import java.util.Map;

/**
 * One failure from the seed documents, injected into a settled cluster running one of
 * the sample configurations: what crm_simulate is given on top of the settled CIB.
 *
 * @param sample     the sample configuration's file name (pg-rex.crm, shared-disk-stonith.crm)
 * @param arguments  crm_simulate's injection options (-i, -f, -d, ...)
 * @param attributes transient node attributes to set first (node, name, value), as the
 *                   agents would (ping, diskd, pgsql)
 */
record SeedScenario(String name, String sample, List<String> arguments, List<Map.Entry<String, Map.Entry<String, String>>> attributes) {
    static SeedScenario injecting(String name, String sample, String... arguments) {
        return new SeedScenario(name, sample, List.of(arguments), List.of());
    }

    static SeedScenario attribute(String name, String sample, String node, String attribute, String value) {
        return new SeedScenario(name, sample, List.of(), List.of(Map.entry(node, Map.entry(attribute, value))));
    }

    @Override
    public String toString() {
        return name;
    }
}
