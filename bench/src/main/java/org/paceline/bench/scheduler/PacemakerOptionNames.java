package org.paceline.bench.scheduler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.ClusterOption;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;

/**
 * Cluster option names as Pacemaker 2.1 spells them. Pacemaker 3 renamed some
 * ({@code fencing-enabled} was {@code stonith-enabled}); 2.1 ignores the new names
 * and would schedule another configuration than the one both schedulers are meant
 * to be timed on. Paceline reads both spellings.
 */
final class PacemakerOptionNames {
    private static final Map<String, String> OLDER_NAMES = olderNames();

    private PacemakerOptionNames() {}

    /** The CIB with its Pacemaker 3 option names renamed, or empty when it has none. */
    static Optional<Cib> renamed(Cib cib) {
        boolean changed = false;
        var sets = new ArrayList<NvSet>();
        for (NvSet set : cib.configuration().clusterProperties()) {
            var pairs = new ArrayList<NvPair>();
            for (NvPair pair : set.pairs()) {
                String older = pair.name() == null ? null : OLDER_NAMES.get(pair.name());
                if (older != null) {
                    changed = true;
                    pairs.add(new NvPair(pair.id(), pair.idRef(), older, pair.value(), pair.extras()));
                } else {
                    pairs.add(pair);
                }
            }
            sets.add(new NvSet(set.kind(), set.id(), set.idRef(), set.score(), set.rules(), pairs, set.extras()));
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(cib.withConfiguration(cib.configuration().withClusterProperties(sets)));
    }

    private static Map<String, String> olderNames() {
        var names = new LinkedHashMap<String, String>();
        for (ClusterOption option : List.of(ClusterOption.FENCING_ENABLED, ClusterOption.FENCING_ACTION,
                ClusterOption.FENCING_TIMEOUT, ClusterOption.FENCING_WATCHDOG_TIMEOUT,
                ClusterOption.FENCING_MAX_ATTEMPTS, ClusterOption.STOP_REMOVED_RESOURCES,
                ClusterOption.CANCEL_REMOVED_ACTIONS)) {
            names.put(option.currentName(), option.names().get(1));
        }
        return names;
    }
}
