package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Extras;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.SourceMap;
import org.paceline.cib.XmlElement;

/**
 * Elements of a configuration standing on their own, as the crm shell's {@code xml}
 * statement holds them: a resource, a constraint, a node or any other element a
 * section holds, or a section itself. Read into a configuration that holds just that
 * element; written from a configuration as such elements, one line each.
 */
final class ConfigurationElements {
    /** The section that holds each element a section holds; anything else stands in the configuration itself. */
    private static final Map<String, String> SECTION_OF = sectionOf();
    /** Sets whose element does not say which section they belong to: written inside it. */
    private static final Set<String> WRAPPED_SECTIONS = Set.of("rsc_defaults", "op_defaults");
    private static final Set<String> NOT_IN_A_CONFIGURATION = Set.of("cib", "status");
    private static final String EXAMPLE = "one element of the configuration, such as <primitive id=\"...\" ...>";

    private ConfigurationElements() {}

    static Parsed<Document> read(String file, String text, int line, int column) {
        // Padding the text to where it began makes every position the parser reports one in the user's file.
        String placed = "\n".repeat(Math.max(0, line - 1)) + " ".repeat(Math.max(0, column - 1))
                + (text == null ? "" : text);
        int first = firstNonWhitespace(placed);
        if (first >= placed.length()) {
            return Parsed.invalid(new Problem(file, line, column, "expected " + EXAMPLE + ", found nothing"));
        }
        if (placed.charAt(first) != '<') {
            var positions = LinePositions.of(placed);
            return Parsed.invalid(new Problem(file, positions.line(first), positions.column(first), "expected "
                    + EXAMPLE + ", found \"" + firstWord(placed, first) + "\""));
        }
        Parsed<SourceElement> tree = XmlTextParser.parse(file, placed);
        if (!(tree instanceof Parsed.Valid<SourceElement> valid)) {
            return tree.map(root -> null);
        }
        SourceElement element = valid.value();
        var session = new ReadSession(file);
        if (NOT_IN_A_CONFIGURATION.contains(element.name())) {
            session.problem(element, "<" + element.name() + "> is not part of the configuration: expected " + EXAMPLE);
            return Parsed.invalid(session.problems());
        }
        Configuration configuration = new ConfigurationReader(session).configuration(inConfiguration(element));
        if (!session.problems().isEmpty()) {
            return Parsed.invalid(session.problems());
        }
        var positions = new LinkedHashMap<String, SourceMap.Position>();
        CibXmlReader.recordPositions(element, positions);
        return Parsed.valid(new Document(Cib.of(configuration), new SourceMap(file, positions),
                Document.Format.XML));
    }

    static List<String> write(Configuration configuration) {
        var lines = new ArrayList<String>();
        Configuration known = new Configuration(configuration.clusterProperties(), configuration.nodes(),
                configuration.resources(), configuration.templates(), configuration.constraints(),
                configuration.resourceDefaults(), configuration.operationDefaults(), configuration.fencingTopology(),
                configuration.alerts(), configuration.acls(), configuration.tags(), Extras.NONE);
        for (XmlElement section : ConfigurationWriter.configuration(known).children()) {
            if (section.name().equals("acls")) {
                lines.add(XmlPrinter.printOnOneLine(section));
            } else if (WRAPPED_SECTIONS.contains(section.name())) {
                section.children().forEach(set -> lines.add(XmlPrinter.printOnOneLine(
                        XmlElement.of(section.name(), Attrs.EMPTY, List.of(set)))));
            } else {
                section.children().forEach(child -> lines.add(XmlPrinter.printOnOneLine(child)));
            }
        }
        Extras extras = configuration.extras();
        if (!extras.attributes().isEmpty()) {
            lines.add(XmlPrinter.printOnOneLine(XmlElement.of("configuration", extras.attributes(), List.of())));
        }
        // Remainders are named like their sections, so each reads back into the configuration's extras as it was;
        // an unknown child named like something a section holds would not, so it goes inside a configuration.
        for (XmlElement child : extras.children()) {
            boolean misleading = SECTION_OF.containsKey(child.name()) || NOT_IN_A_CONFIGURATION.contains(child.name())
                    || child.name().equals("configuration");
            lines.add(XmlPrinter.printOnOneLine(misleading
                    ? XmlElement.of("configuration", Attrs.EMPTY, List.of(child)) : child));
        }
        return lines;
    }

    /** The element inside a configuration element, and inside its section when a section holds it. */
    private static SourceElement inConfiguration(SourceElement element) {
        if (element.name().equals("configuration")) {
            return element;
        }
        SourceElement child = element;
        String section = SECTION_OF.get(element.name());
        if (section != null) {
            child = wrapper(section, element);
        }
        return wrapper("configuration", child);
    }

    private static SourceElement wrapper(String name, SourceElement child) {
        return new SourceElement(name, Attrs.EMPTY, List.of(child), "", child.line(), child.column());
    }

    private static Map<String, String> sectionOf() {
        var sections = new LinkedHashMap<String, String>();
        for (String resource : List.of("primitive", "group", "clone", "master", "bundle", "template")) {
            sections.put(resource, "resources");
        }
        for (String constraint : List.of("rsc_location", "rsc_colocation", "rsc_order", "rsc_ticket")) {
            sections.put(constraint, "constraints");
        }
        for (String access : List.of("acl_target", "acl_group", "acl_role", "acl_user")) {
            sections.put(access, "acls");
        }
        sections.put("cluster_property_set", "crm_config");
        sections.put("node", "nodes");
        sections.put("fencing-level", "fencing-topology");
        sections.put("alert", "alerts");
        sections.put("tag", "tags");
        return Map.copyOf(sections);
    }

    private static int firstNonWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - from < 20) {
            end++;
        }
        return text.substring(from, end);
    }
}
