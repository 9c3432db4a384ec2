package org.paceline.cib.crm;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.SourceMap;

/**
 * The ids of one document: those written out, and those made for what the text leaves
 * unnamed. A made id is the conventional one, or when that is taken, the conventional
 * one with {@code -0}, {@code -1}, ... appended, as crmsh does.
 *
 * <p>The ids written out are all known before any is made (the reader reads the text
 * twice), so that a made id never takes one the text uses further down.
 */
final class IdSpace {
    private final Set<String> reserved;
    private final Set<String> used = new HashSet<>();
    private final Map<String, SourceMap.Position> positions = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private SourceMap.Position statement = new SourceMap.Position(0, 0);

    /** @param reserved ids written out somewhere in the document */
    IdSpace(Set<String> reserved) {
        this.reserved = Set.copyOf(reserved);
    }

    /** Places the ids defined from now on at a statement's first word. */
    void statementAt(int line, int column) {
        statement = new SourceMap.Position(line, column);
    }

    /** The id that {@link #make} would give now, without taking it. */
    String peek(String conventional) {
        if (isFree(conventional)) {
            return conventional;
        }
        for (int n = 0; ; n++) {
            String candidate = conventional + "-" + n;
            if (isFree(candidate)) {
                return candidate;
            }
        }
    }

    /** Makes and takes an id for an unnamed object. */
    String make(String conventional) {
        String id = peek(conventional);
        used.add(id);
        positions.putIfAbsent(id, statement);
        return id;
    }

    /**
     * Takes an id written in the text.
     *
     * @return false when the document already defined it
     */
    boolean write(String id) {
        positions.putIfAbsent(id, statement);
        return written.add(id) & used.add(id);
    }

    /** Every id written so far, made or written out. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    SourceMap sourceMap(String file) {
        return new SourceMap(file, positions);
    }

    private boolean isFree(String id) {
        return !used.contains(id) && !reserved.contains(id);
    }
}
