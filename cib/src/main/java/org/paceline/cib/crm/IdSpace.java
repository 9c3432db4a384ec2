package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Set<String> nodeIds = new HashSet<>();
    /** Every id taken, in the order taken: what {@link #rollback} gives back. */
    private final List<String> taken = new ArrayList<>();
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
        take(id);
        positions.putIfAbsent(id, statement);
        return id;
    }

    /**
     * Takes an id written in the text.
     *
     * @return false when the document already defined it
     */
    boolean write(String id) {
        return write(id, statement);
    }

    /** Takes an id written in the text at a place of its own (inside an {@code xml} statement). */
    boolean write(String id, SourceMap.Position at) {
        positions.putIfAbsent(id, at);
        return written.add(id) & take(id);
    }

    /**
     * Takes a node's id. Node ids are a namespace of their own, as in Pacemaker, where a
     * remote node's id is the id of the resource that connects it: they take no id from
     * the document's, and made ids do not avoid them.
     *
     * @return false when the document already defined a node with this id
     */
    boolean writeNode(String id, SourceMap.Position at) {
        positions.putIfAbsent(id, at);
        return nodeIds.add(id);
    }

    boolean writeNode(String id) {
        return writeNode(id, statement);
    }

    /** How many ids have been taken: a point to {@link #rollback} to. */
    int mark() {
        return taken.size();
    }

    /** Gives back every id taken since {@code mark}, as if they had never been made or written. */
    void rollback(int mark) {
        while (taken.size() > mark) {
            String id = taken.removeLast();
            used.remove(id);
            written.remove(id);
            positions.remove(id);
        }
    }

    private boolean take(String id) {
        boolean fresh = used.add(id);
        if (fresh) {
            taken.add(id);
        }
        return fresh;
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
