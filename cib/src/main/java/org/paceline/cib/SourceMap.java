package org.paceline.cib;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each object of a document was written: so that a check run after parsing can
 * still name a file, line and column.
 *
 * @param file the file as the user named it, or "-" for standard input
 * @param byId the position of the element (XML) or statement (crm) that defines each id;
 *             the first definition when an id is defined twice
 */
public record SourceMap(String file, Map<String, Position> byId) {
    public static SourceMap none(String file) {
        return new SourceMap(file, Map.of());
    }

    public SourceMap {
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public Optional<Position> of(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** A problem about the object with this id, placed where it was defined when known. */
    public Problem problem(String id, String message) {
        Position at = byId.get(id);
        return at == null ? new Problem(file, 0, 0, message) : new Problem(file, at.line(), at.column(), message);
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {}
}
