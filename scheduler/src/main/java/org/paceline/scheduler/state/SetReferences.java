package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Configuration;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;

/**
 * Resolves {@code id-ref}: a set that refers to a set defined elsewhere takes that set's
 * pairs and rules (the reference's own score, if any, wins).
 */
final class SetReferences {
    private SetReferences() {}

    static List<NvSet> resolve(List<NvSet> sets, Configuration config) {
        if (sets.stream().noneMatch(s -> s.idRef() != null || s.pairs().stream().anyMatch(p -> p.idRef() != null))) {
            return sets;
        }
        var resolved = new ArrayList<NvSet>();
        for (NvSet set : sets) {
            NvSet base = set;
            if (set.idRef() != null) {
                Optional<NvSet> target = find(set.idRef(), config);
                if (target.isEmpty()) {
                    continue;
                }
                base = target.get();
            }
            var pairs = new ArrayList<NvPair>();
            for (NvPair pair : base.pairs()) {
                pairs.add(pair.idRef() == null ? pair : findPair(pair.idRef(), config).orElse(pair));
            }
            resolved.add(new NvSet(set.kind(), set.id() != null ? set.id() : base.id(), null,
                    set.score() != null ? set.score() : base.score(), base.rules(), pairs, set.extras()));
        }
        return resolved;
    }

    private static Optional<NvSet> find(String id, Configuration config) {
        return allSets(config).filter(s -> id.equals(s.id()) && s.idRef() == null).findFirst();
    }

    private static Optional<NvPair> findPair(String id, Configuration config) {
        return allSets(config).flatMap(s -> s.pairs().stream()).filter(p -> id.equals(p.id()) && p.idRef() == null)
                .findFirst();
    }

    private static java.util.stream.Stream<NvSet> allSets(Configuration config) {
        return java.util.stream.Stream.of(
                config.clusterProperties().stream(),
                config.resourceDefaults().stream(),
                config.operationDefaults().stream(),
                config.nodes().stream().flatMap(n -> n.sets().stream()),
                config.templates().stream().flatMap(t -> t.sets().stream()),
                config.allResources().flatMap(r -> r.sets().stream()),
                config.allResources().flatMap(r -> r instanceof org.paceline.cib.resources.Primitive p
                        ? p.operations().stream().flatMap(o -> o.sets().stream()) : java.util.stream.Stream.empty()))
                .flatMap(s -> s);
    }
}
