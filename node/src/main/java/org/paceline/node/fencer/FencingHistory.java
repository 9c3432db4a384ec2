package org.paceline.node.fencer;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every fencing attempt this fencer ran or is running, newest last, for
 * {@code stonith_admin -H NODE}, {@code crm_mon}'s fencing history and the journal.
 *
 * <p>Keeps at most {@link #LIMIT} entries (Pacemaker's limit), dropping the oldest
 * completed first. Not thread-safe: the {@link Fencer} owns it.
 */
public final class FencingHistory {
    /** How many attempts are kept. */
    public static final int LIMIT = 500;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final List<FenceHistoryEntry> entries = new ArrayList<>();
    /** An immutable copy of {@link #entries}, made once a change: the daemon publishes it after every event. */
    private List<FenceHistoryEntry> published = List.of();

    /** Every entry, oldest first. */
    public List<FenceHistoryEntry> entries() {
        return published;
    }

    /** The entries about {@code target}, or all when it is null or {@code *}, newest first. */
    public List<FenceHistoryEntry> about(String target) {
        var chosen = new ArrayList<FenceHistoryEntry>();
        for (FenceHistoryEntry entry : entries) {
            if (target == null || target.equals("*") || entry.target().equals(target)) {
                chosen.add(entry);
            }
        }
        // Pending first, then the most recently completed, as stonith_admin lists them.
        chosen.sort(Comparator.comparing((FenceHistoryEntry e) -> e.completed() != null)
                .thenComparing(e -> e.completed() == null ? e.started() : e.completed(), Comparator.reverseOrder()));
        return chosen;
    }

    /**
     * The history of {@code target} as {@code stonith_admin -H} prints it, one line an attempt:
     * {@code reboot of pm02 successful: delegate=pm01, origin=pm01, completed='2026-12-03 12:00:00Z'}.
     */
    public List<String> lines(String target) {
        return about(target).stream().map(FencingHistory::line).toList();
    }

    /** Forgets the completed attempts about {@code target} (all when {@code *}), as {@code stonith_admin -c -H} does. */
    public void clean(String target) {
        entries.removeIf(e -> e.completed() != null && (target.equals("*") || e.target().equals(target)));
        published = List.copyOf(entries);
    }

    /** One attempt in {@code stonith_admin -H}'s words, as crm_mon's fencing sections show it too. */
    public static String line(FenceHistoryEntry entry) {
        String head = entry.action().word() + " of " + entry.target();
        return switch (entry.state()) {
            case PENDING -> head + " pending: delegate=" + entry.delegate() + ", origin=" + entry.origin();
            case SUCCEEDED -> head + " successful: delegate=" + entry.delegate() + ", origin=" + entry.origin()
                    + (entry.device().isEmpty() ? "" : ", device=" + entry.device())
                    + ", completed='" + TIME.format(entry.completed()) + "'";
            case FAILED -> head + " failed: delegate=" + entry.delegate() + ", origin=" + entry.origin()
                    + (entry.device().isEmpty() ? "" : ", device=" + entry.device())
                    + ", last-failed='" + TIME.format(entry.completed()) + "' (" + entry.reason() + ")";
        };
    }

    /** Adds an entry, or replaces the one with the same request id (a pending attempt that ended). */
    void record(FenceHistoryEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).requestId().equals(entry.requestId())) {
                entries.remove(i);
                break;
            }
        }
        entries.add(entry);
        while (entries.size() > LIMIT) {
            int oldest = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).completed() != null) {
                    oldest = i;
                    break;
                }
            }
            entries.remove(oldest);
        }
        published = List.copyOf(entries);
    }
}
