package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;
import org.paceline.cib.XmlElement;
import org.paceline.cib.status.Status;

/**
 * The reader of Pacemaker CIB XML (schemas pacemaker-1.x to 3.x, with their legacy
 * forms) into the model.
 *
 * <p>Every element and attribute the model knows maps to its record field; the rest
 * goes into that record's extras, so that a document written back holds everything
 * it was read with. Problems (text that is not XML, a root that is not {@code cib},
 * a required attribute missing, a resource where it cannot be) are collected with
 * their line and column and returned, never thrown. Stateless and thread-safe.
 */
public final class CibXmlReader {
    private static final Set<String> VERSION = Set.of("admin_epoch", "epoch", "num_updates");
    /** Elements whose id names something defined elsewhere: they must not claim its position. */
    private static final Set<String> REFERENCES = Set.of("resource_ref", "obj_ref", "role");

    private CibXmlReader() {}

    /**
     * Reads a whole CIB document.
     *
     * @param fileName the file as the user named it, used in problems and the source map
     * @param text     the document
     */
    public static Parsed<Document> read(String fileName, String text) {
        String file = fileName == null ? "-" : fileName;
        Parsed<SourceElement> tree = XmlTextParser.parse(file, text);
        if (!(tree instanceof Parsed.Valid<SourceElement> valid)) {
            return tree.map(root -> null);
        }
        SourceElement root = valid.value();
        var session = new ReadSession(file);
        if (!root.name().equals("cib")) {
            session.problem(root, "expected <cib> as the root element, found <" + root.name() + ">");
            return Parsed.invalid(session.problems());
        }
        Cib cib = cib(root, session);
        if (!session.problems().isEmpty()) {
            return Parsed.invalid(session.problems());
        }
        var positions = new LinkedHashMap<String, SourceMap.Position>();
        recordPositions(root, positions);
        return Parsed.valid(new Document(cib, new SourceMap(file, positions), Document.Format.XML));
    }

    /**
     * Reads one element of a configuration written on its own, as the crm shell's
     * {@code xml} statement holds it: a resource, a constraint, a node or any other
     * element a section holds, a section itself ({@code <rsc_defaults>}), or another
     * child of {@code configuration}, kept as an extra. The result holds a configuration
     * with just that element, and where each id inside it was defined.
     *
     * @param fileName the file the element was written in, for problems and the source map
     * @param line     1-based line of the file where {@code text} begins
     * @param column   1-based column of that line where {@code text} begins; positions on
     *                 later lines of the text count from the start of the line
     */
    public static Parsed<Document> readConfigurationElement(String fileName, String text, int line, int column) {
        return ConfigurationElements.read(fileName == null ? "-" : fileName, text, line, column);
    }

    private static Cib cib(SourceElement root, ReadSession session) {
        CibVersion version = version(root, session);
        Configuration configuration = null;
        Status status = null;
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : root.children()) {
            switch (child.name()) {
                case "configuration" -> {
                    if (configuration != null) {
                        session.repeated(child, root);
                    } else {
                        configuration = new ConfigurationReader(session).configuration(child);
                    }
                }
                case "status" -> {
                    if (status != null) {
                        session.repeated(child, root);
                    } else {
                        status = new StatusReader(session).status(child);
                    }
                }
                default -> session.keepUnknown(child, root, "<configuration> and <status>", unknown);
            }
        }
        if (configuration == null) {
            session.problem(root, "<cib> has no <configuration>: expected one inside it");
            configuration = Configuration.EMPTY;
        }
        return new Cib(version, configuration, status, ReadSession.extras(root, VERSION, unknown));
    }

    /** The version attributes; an absent one counts as 0, as Pacemaker does. */
    private static CibVersion version(SourceElement root, ReadSession session) {
        long adminEpoch = versionField(root, "admin_epoch", session);
        long epoch = versionField(root, "epoch", session);
        long numUpdates = versionField(root, "num_updates", session);
        return adminEpoch < 0 || epoch < 0 || numUpdates < 0 ? CibVersion.ZERO
                : new CibVersion(adminEpoch, epoch, numUpdates);
    }

    private static long versionField(SourceElement root, String name, ReadSession session) {
        String value = root.attribute(name);
        if (value == null) {
            return 0;
        }
        String digits = value.strip();
        boolean wholeNumber = !digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!wholeNumber) {
            session.problem(root, "<cib> attribute " + name + " must be a whole number, 0 or more; found \"" + value + "\"");
            return -1;
        }
        return Long.parseLong(digits);
    }

    /** Records where each id is first defined, in document order. */
    static void recordPositions(SourceElement element, Map<String, SourceMap.Position> positions) {
        String id = element.attribute("id");
        if (id != null && !REFERENCES.contains(element.name())) {
            positions.putIfAbsent(id, new SourceMap.Position(element.line(), element.column()));
        }
        for (SourceElement child : element.children()) {
            recordPositions(child, positions);
        }
    }
}
