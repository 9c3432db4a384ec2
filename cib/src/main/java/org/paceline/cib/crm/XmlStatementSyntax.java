package org.paceline.cib.crm;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Node;
import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;
import org.paceline.cib.xml.CibXmlReader;

/**
 * Reads the {@code xml} statement, which holds what crm syntax has no words for as
 * Pacemaker XML, the way crmsh shows and loads it:
 * <pre>
 * xml &lt;ELEMENT ...&gt;...&lt;/ELEMENT&gt;
 * </pre>
 * where the element is one a configuration section holds (a resource, a constraint, a
 * node, a fencing level...), or a section itself. The XML reader reads it, so that it
 * means what it means in a CIB; every id inside it is the document's.
 */
final class XmlStatementSyntax {
    private XmlStatementSyntax() {}

    /** The configuration the statement holds: just its element. */
    static Configuration read(Reading reading) {
        TokenCursor cursor = reading.cursor();
        Token xml = cursor.next("the XML element");
        Parsed<Document> parsed = CibXmlReader.readConfigurationElement(cursor.file(), xml.text(), xml.line(),
                xml.column());
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            throw new CrmSyntaxError(invalid.problems().getFirst());
        }
        Document document = parsed.orThrow();
        Configuration part = document.cib().configuration();
        Set<String> nodeIds = part.nodes().stream().map(Node::id).collect(Collectors.toSet());
        for (Map.Entry<String, SourceMap.Position> id : document.sources().byId().entrySet()) {
            SourceMap.Position at = id.getValue();
            boolean isNode = nodeIds.contains(id.getKey());
            boolean fresh = isNode ? reading.ids().writeNode(id.getKey(), at) : reading.ids().write(id.getKey(), at);
            if (!fresh) {
                throw cursor.error(new Token(id.getKey(), at.line(), at.column(), 1, true, -1),
                        (isNode ? "node id " : "id ") + TokenCursor.quote(id.getKey()) + " is already defined");
            }
        }
        return part;
    }
}
