package org.paceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paceline.node.config.ClusterSetup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paceline cluster}: a cluster's files, made once before its first start. */
@Command(name = "cluster", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Set up a new cluster's configuration and key.")
public final class ClusterCommand implements Runnable {
    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = {
                "Write a new cluster's paceline.conf and a new cluster key (authkey) into DIR.",
                "Each NODE is NAME=ADDRESS[:PORT][,ADDRESS[:PORT]] (a second address for a second interconnect),",
                "or NAME alone with --local. Copy DIR's two files to /etc/paceline on every node;",
                "with --local, DIR gets a folder per node for a cluster on this machine (loopback).",
                "An existing key is never overwritten."
            })
    int setup(
            @Parameters(index = "0", paramLabel = "NAME", description = "The cluster's name.") String clusterName,
            @Parameters(index = "1..*", arity = "1..*", paramLabel = "NODE", description = "The nodes, in order.")
            List<String> nodes,
            @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "/etc/paceline",
                    description = "Where to write (default: ${DEFAULT-VALUE}).") Path output,
            @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ClusterSetup.DEFAULT_PORT,
                    description = "The port of an address given without one (default: ${DEFAULT-VALUE}).") int port,
            @Option(names = "--local", description = "A cluster on this machine: loopback addresses, a folder per node.")
            boolean local,
            @Option(names = "--two-node", description = "Two nodes keep quorum alone (needs exactly two; implies wait_for_all).")
            boolean twoNode) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (twoNode && nodes.size() != 2) {
            err.println("paceline cluster setup: --two-node needs exactly two nodes, not " + nodes.size());
            return EXIT_USAGE;
        }
        List<ClusterSetup.NodeSpec> specs;
        if (local) {
            var names = new ArrayList<String>();
            for (String node : nodes) {
                if (node.contains("=")) {
                    err.println("paceline cluster setup: node \"" + node + "\": --local takes names only");
                    return EXIT_USAGE;
                }
                names.add(node);
            }
            specs = ClusterSetup.loopback(names, port);
        } else {
            specs = new ArrayList<>();
            for (String node : nodes) {
                ClusterSetup.NodeSpec parsed = nodeSpec(node, port);
                if (parsed == null) {
                    err.println("paceline cluster setup: node \"" + node
                            + "\": expected NAME=ADDRESS[:PORT][,ADDRESS[:PORT]] with literal IP addresses");
                    return EXIT_USAGE;
                }
                specs.add(parsed);
            }
        }
        try {
            var written = ClusterSetup.write(output, clusterName, specs, local, twoNode);
            written.configurations().forEach(file -> out.println("wrote " + file));
            out.println("wrote " + written.key() + " (the cluster key: keep it secret, the same on every node)");
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("paceline cluster setup: " + e.getMessage());
            return EXIT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static ClusterSetup.NodeSpec nodeSpec(String text, int defaultPort) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            return null;
        }
        var addresses = new ArrayList<InetSocketAddress>();
        for (String part : text.substring(equals + 1).split(",")) {
            String host = part;
            int port = defaultPort;
            int colon = part.lastIndexOf(':');
            if (colon > 0 && part.indexOf(':') == colon) {
                host = part.substring(0, colon);
                try {
                    port = Integer.parseInt(part.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (!host.matches("[0-9.]+|[0-9a-fA-F:]+") || port < 1 || port > 65535) {
                return null;
            }
            addresses.add(new InetSocketAddress(host, port));
        }
        if (addresses.size() > 2) {
            return null;
        }
        return new ClusterSetup.NodeSpec(text.substring(0, equals), addresses);
    }
}
