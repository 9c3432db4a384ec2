package org.paceline.bench.generated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one generated cluster as CIB XML:
 * {@code GeneratedClusterFile SHAPE healthy|node-lost FILE}, SHAPE one of the
 * {@link ClusterShape#presets() presets}. scripts/prepare-simulate.sh trains the
 * {@code simulate} path's class cache on what it writes: a cluster with every kind of
 * resource and constraint, one node lost, so that placement, actions, the graph and its
 * simulated execution all run.
 */
public final class GeneratedClusterFile {
    private GeneratedClusterFile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GeneratedClusterFile SHAPE healthy|node-lost FILE");
            System.exit(2);
        }
        ClusterShape shape = ClusterShape.preset(args[0]).orElseThrow(
                () -> new IllegalArgumentException("no such shape: " + args[0]));
        ClusterCondition condition = ClusterCondition.valueOf(args[1].toUpperCase(Locale.ROOT).replace('-', '_'));
        Files.writeString(Path.of(args[2]), GeneratedCluster.xml(shape, condition), StandardCharsets.UTF_8);
    }
}
