package org.paceline.node.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.Problem;

/**
 * The CIB a node starts from, and what was wrong with the copies passed over.
 *
 * @param source  the file it was read from; empty for a fresh node with no file yet
 * @param damaged one problem per copy that could not be used (to be logged), naming its file
 */
public record RestoredCib(Cib cib, Optional<Path> source, List<Problem> damaged) {
    public RestoredCib {
        damaged = List.copyOf(damaged);
    }
}
