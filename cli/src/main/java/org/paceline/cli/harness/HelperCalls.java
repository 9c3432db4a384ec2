package org.paceline.cli.harness;

import java.util.List;

/** The helper calls agents and operators make, as the AOT training runs them. */
final class HelperCalls {
    private HelperCalls() {}

    /** Every face and the options agents and operators use, for the AOT cache to cover. */
    static final List<String[]> TRAINING = List.of(
            new String[] {"crm_attribute", "-l", "reboot", "-N", "pm02", "-n", "pgsql-status", "-G", "-q"},
            new String[] {"crm_attribute", "-l", "reboot", "-N", "pm01", "-n", "pgsql-xlog-loc", "-v", "1"},
            new String[] {"crm_attribute", "-l", "reboot", "-N", "pm01", "-n", "pgsql-xlog-loc", "-D"},
            new String[] {"crm_attribute", "-l", "forever", "-N", "pm01", "-n", "pgsql-data-status", "-v", "LATEST"},
            new String[] {"crm_attribute", "-l", "forever", "-N", "pm01", "-n", "pgsql-data-status", "-G", "-q"},
            new String[] {"crm_attribute", "-n", "no-such", "-G"},
            new String[] {"crm_attribute", "-p", "pgsql", "-v", "1000"},
            new String[] {"crm_attribute", "--promotion", "-G"},
            new String[] {"crm_master", "-l", "reboot", "-v", "100"},
            new String[] {"attrd_updater", "-n", "pgsql-receiver-status", "-U", "normal"},
            new String[] {"attrd_updater", "-n", "default_ping_set", "-B", "100", "-d", "5s"},
            new String[] {"attrd_updater", "-n", "default_ping_set", "-Q", "-A"},
            new String[] {"attrd_updater", "-n", "pgsql-receiver-status", "-D"},
            new String[] {"crm_node", "-n"},
            new String[] {"crm_node", "-l"},
            new String[] {"crm_node", "-p"},
            new String[] {"crm_node", "-q"},
            new String[] {"crm_mon", "-1", "--output-as=xml"},
            new String[] {"crm_mon", "-1", "-rfA"},
            new String[] {"crm_mon", "-1", "-n"},
            new String[] {"crm_mon", "-s"},
            new String[] {"crm_resource", "-W", "-r", "msPostgresql"},
            new String[] {"crm_resource", "-W", "-r", "vip-master"},
            new String[] {"crm_resource", "-C", "-r", "vip-rep", "-N", "pm01"},
            new String[] {"pacemakerd", "-$"},
            new String[] {"stonith_admin", "-L"},
            new String[] {"stonith_admin", "-H", "*"},
            new String[] {"cibadmin", "-Q", "-o", "nodes"});
}
