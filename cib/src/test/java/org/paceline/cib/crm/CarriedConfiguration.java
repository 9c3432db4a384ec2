package org.paceline.cib.crm;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.xml.CibXmlWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * What of a configuration crm text carries, as text to compare: the configuration as
 * XML, read by the JDK's DOM parser (independent of the code under test), with the ids
 * crm syntax has no place for blanked, and in the order crm text gives top-level
 * resources and constraints (by kind, each kind in document order), without empty
 * containers ({@code <operations/>}, {@code <rsc_defaults/>}), which hold nothing.
 * Everything else (every element, attribute, value, and the order of children) is
 * compared.
 */
final class CarriedConfiguration {
    /** Elements whose ids crm syntax never writes: the reader makes its own. */
    private static final Set<String> UNCARRIED_IDS = Set.of("nvpair", "expression", "date_expression", "date_spec",
            "duration", "fencing-level", "resource_set");
    /** Sets whose ids are implied by their parent: an op's attributes (OCF_CHECK_LEVEL). */
    private static final Map<String, Set<String>> UNCARRIED_IDS_INSIDE = Map.of("op",
            Set.of("instance_attributes", "meta_attributes"));

    /** Elements that hold nothing when empty: crm text does not show that they were written. */
    private static final Set<String> NOTHING_WHEN_EMPTY = Set.of("operations", "fencing-topology", "op_defaults",
            "rsc_defaults", "alerts", "acls", "tags");

    private CarriedConfiguration() {}

    static String of(Configuration configuration) {
        var ordered = configuration
                .withResources(sorted(configuration.resources(), CarriedConfiguration::resourceRank))
                .withConstraints(sorted(configuration.constraints(), CarriedConfiguration::constraintRank));
        String xml = CibXmlWriter.writeConfigurationOnly(Cib.of(ordered));
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getDocumentElement();
            var out = new StringBuilder();
            print(root, "", 0, out);
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("the XML writer wrote what the JDK cannot read: " + e.getMessage(), e);
        }
    }

    private static <T> java.util.List<T> sorted(java.util.List<T> items, java.util.function.ToIntFunction<T> rank) {
        var copy = new ArrayList<>(items);
        copy.sort(Comparator.comparingInt(rank));
        return copy;
    }

    private static int resourceRank(Resource resource) {
        return switch (resource) {
            case Primitive p -> 0;
            case Group g -> 1;
            case Clone c -> 2;
            case Bundle b -> 3;
        };
    }

    private static int constraintRank(Constraint constraint) {
        return switch (constraint) {
            case Location l -> 0;
            case Colocation c -> 1;
            case Order o -> 2;
            case TicketConstraint t -> 3;
        };
    }

    private static boolean isEmptyContainer(Element element) {
        return NOTHING_WHEN_EMPTY.contains(element.getTagName()) && !element.hasAttributes()
                && element.getTextContent().isBlank() && element.getElementsByTagName("*").getLength() == 0;
    }

    private static void print(Element element, String parent, int depth, StringBuilder out) {
        String name = element.getTagName();
        out.append("  ".repeat(depth)).append(name);
        var attributes = new TreeMap<String, String>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            attributes.put(attribute.getNodeName(), attribute.getNodeValue());
        }
        if (UNCARRIED_IDS.contains(name) || UNCARRIED_IDS_INSIDE.getOrDefault(parent, Set.of()).contains(name)) {
            attributes.remove("id");
        }
        attributes.forEach((attribute, value) -> out.append(' ').append(attribute).append("=\"").append(value)
                .append('"'));
        var text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue().strip());
            }
        }
        if (!text.isEmpty()) {
            out.append(" text=\"").append(text).append('"');
        }
        out.append('\n');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && !isEmptyContainer(childElement)) {
                print(childElement, name, depth + 1, out);
            }
        }
    }
}
