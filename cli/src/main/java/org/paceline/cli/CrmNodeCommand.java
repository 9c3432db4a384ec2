package org.paceline.cli;

import java.util.concurrent.Callable;

import org.paceline.node.ipc.AttributeScope;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm node standby|online [NODE]}: the node's permanent {@code standby} attribute, as crmsh sets it. */
@Command(name = "node", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Put a node in standby (its resources move away) or bring it back online; the local node",
            "when none is named. Exit codes: 0 done, 1 refused, 2 usage, 102 no daemon."
        })
public final class CrmNodeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "standby|online") String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "NODE") String node;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        String value = switch (action) {
            case "standby" -> "on";
            case "online" -> "off";
            default -> null;
        };
        if (value == null) {
            err.println("crm node: unknown action \"" + action + "\" (expected standby or online)");
            err.flush();
            return 2;
        }
        try {
            IpcReply reply = DaemonLink.ask(new IpcRequest.WriteAttribute(AttributeScope.NODES, node, "standby", value, -1));
            if (reply instanceof IpcReply.Failure failure) {
                err.println("crm node: " + failure.message());
                err.flush();
                return 1;
            }
            return 0;
        } catch (DaemonUnreachable e) {
            err.println("crm: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }
}
