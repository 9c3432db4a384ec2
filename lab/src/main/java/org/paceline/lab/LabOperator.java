package org.paceline.lab;

import java.nio.file.Path;

import org.paceline.cib.Parsed;
import org.paceline.cib.crm.CrmReader;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcClient;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.status.StatusOptions;
import org.paceline.node.store.CibUpdate;

/**
 * An operator at one node of a lab cluster: what {@code crm_mon} and {@code crm configure
 * load} do, over the node's own socket, so that the lab sees the cluster exactly as an
 * operator would, and nothing more.
 */
public final class LabOperator {
    private final Path socket;

    public LabOperator(Path socket) {
        this.socket = socket;
    }

    /** {@code crm_mon -1} with these options, as text; empty when the daemon does not answer. */
    public String status(StatusOptions options) {
        try (var client = IpcClient.connect(socket)) {
            return switch (client.call(new IpcRequest.ShowStatus(options))) {
                case IpcReply.Text text -> text.text();
                case IpcReply.Failure failure -> "";
                default -> "";
            };
        } catch (DaemonUnreachable e) {
            return "";
        }
    }

    /** {@code crm_mon -1 -r}. */
    public String status() {
        return status(new StatusOptions(true, false, false, false, false, false, "crm_mon -1 -r"));
    }

    /** {@code crm_mon -1 -r -f}: the status with the migration summary (fail-counts) and the failed actions. */
    public String statusWithFailCounts() {
        return status(new StatusOptions(true, true, false, false, false, false, "crm_mon -1 -r -f"));
    }

    /**
     * {@code crm_resource -C -r RESOURCE}: forgets the resource's failures and history on every
     * node, so that the cluster probes it again and decides anew.
     *
     * @return null when done, else the one-line reason
     */
    public String cleanup(String resource) {
        try (var client = IpcClient.connect(socket)) {
            return switch (client.call(new IpcRequest.Cleanup(resource, null))) {
                case IpcReply.Failure failure -> failure.message();
                default -> null;
            };
        } catch (DaemonUnreachable e) {
            return e.getMessage();
        }
    }

    /** {@code cibadmin -Q}: the live CIB as XML; empty when the daemon does not answer. */
    public String cibXml() {
        try (var client = IpcClient.connect(socket)) {
            return client.call(new IpcRequest.QueryCib(null)) instanceof IpcReply.CibXml cib ? cib.xml() : "";
        } catch (DaemonUnreachable e) {
            return "";
        }
    }

    /**
     * {@code crm configure load replace}: the crm text becomes the whole configuration.
     *
     * @return null when applied, else the one-line reason
     */
    public String load(String name, String crmText) {
        var parsed = CrmReader.read(name, crmText);
        if (parsed instanceof Parsed.Invalid<?> invalid) {
            return invalid.problems().getFirst().oneLine();
        }
        var configuration = parsed.orThrow().cib().configuration();
        try (var client = IpcClient.connect(socket)) {
            return switch (client.call(new IpcRequest.ApplyUpdate(new CibUpdate.ReplaceConfiguration(configuration)))) {
                case IpcReply.Applied applied -> null;
                case IpcReply.Failure failure -> failure.message();
                default -> "unexpected answer";
            };
        } catch (DaemonUnreachable e) {
            return e.getMessage();
        }
    }
}
