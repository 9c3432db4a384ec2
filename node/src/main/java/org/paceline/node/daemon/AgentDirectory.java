package org.paceline.node.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of links to every fence agent the node may run: Debian's {@code fence_*}
 * and Paceline's own ({@code fence_paceline_test}), so that the executor, which runs
 * agents from one folder, finds both. Remade at every start, from what is installed then.
 */
final class AgentDirectory {
    private AgentDirectory() {}

    static Path fenceAgents(Path stateDirectory, List<Path> sources) throws IOException {
        Path folder = stateDirectory.resolve("fence-agents");
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path link : (Iterable<Path>) old::iterator) {
                Files.deleteIfExists(link);
            }
        }
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> agents = Files.list(source)) {
                for (Path agent : (Iterable<Path>) agents::iterator) {
                    String name = agent.getFileName().toString();
                    Path link = folder.resolve(name);
                    if (name.startsWith("fence_") && Files.isExecutable(agent) && !Files.exists(link)) {
                        Files.createSymbolicLink(link, agent.toAbsolutePath());
                    }
                }
            }
        }
        return folder;
    }
}
