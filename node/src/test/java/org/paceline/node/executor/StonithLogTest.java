package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Why a STONITH run failed, read from the lines cluster-glue writes on standard error (as captured on Debian). */
class StonithLogTest {
    @Test
    void reason_pluginsOwnErrorComesBeforeTheCommandsSummary() {
        String errors = """
                external/ipmi[29424]:	ERROR: Dec 03 13:14:05 ipaddr, userid or passwd missing; check configuration
                external/ipmi[29423]:	ERROR: Dec 03 13:14:05 error executing ipmitool:\s
                Dec 03 13:14:06 vm stonith: [29419]: WARN: external_status: 'ipmi status' failed with rc 1
                Dec 03 13:14:06 vm stonith: [29419]: ERROR: external/ipmi device not accessible.
                """;

        assertEquals(Optional.of("ipaddr, userid or passwd missing; check configuration"), StonithLog.reason(errors));
    }

    @Test
    void reason_commandsPlainComplaintComesBeforeItsLoggedErrors() {
        String errors = """
                Invalid config info for null device
                Dec 03 13:08:29 vm stonith: [18293]: ERROR: null device not accessible.
                """;

        assertEquals(Optional.of("Invalid config info for null device"), StonithLog.reason(errors));
    }

    @Test
    void reason_compiledPluginsCriticalLineWhenNothingElseSpeaks() {
        String errors = """
                Dec 03 13:08:29 vm stonith: [18298]: info: parse config info info=ptestc
                Dec 03 13:08:29 vm stonith: [18298]: CRIT: OPERATOR INTERVENTION REQUIRED to reset ptestc.
                Dec 03 13:08:29 vm stonith: [18298]: CRIT: Run "meatclient -c ptestc" AFTER power-cycling the machine.
                """;

        assertEquals(Optional.of("OPERATOR INTERVENTION REQUIRED to reset ptestc."), StonithLog.reason(errors));
    }

    @Test
    void reason_infoOnlyOrNothing_isEmpty() {
        assertEquals(Optional.empty(), StonithLog.reason("Dec 03 13:09:54 vm stonith: [21182]: info: Host null-reset: n1\n"));
        assertEquals(Optional.empty(), StonithLog.reason(""));
    }

    @Test
    void messages_helperWithoutHaLog_isThePlugins() {
        var messages = StonithLog.messages("stonith-helper[27701]: WARN: pm1 may still be up\n");

        assertEquals(new StonithLog.Message(false, "WARN", "pm1 may still be up"), messages.getFirst());
    }
}
