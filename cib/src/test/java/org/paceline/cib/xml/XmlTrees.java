package org.paceline.cib.xml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * XML documents as normalised trees, read by the JDK's DOM parser (independent of
 * the reader under test): attribute order, whitespace-only text, comments and the
 * order of sibling elements do not matter.
 */
final class XmlTrees {
    private static final Set<String> VERSION = Set.of("admin_epoch", "epoch", "num_updates");

    private XmlTrees() {}

    /**
     * The canonical text of a document; the root's version attributes are left out
     * unless {@code keepVersionOf} has them (they may be added when absent).
     */
    static String canonical(String xml, String keepVersionOf) throws Exception {
        Element root = parse(xml).getDocumentElement();
        Element reference = parse(keepVersionOf).getDocumentElement();
        var sb = new StringBuilder();
        canonical(root, reference, 0, sb);
        return sb.toString();
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void canonical(Element element, Element versionReference, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(element.getTagName());
        var attributes = new TreeMap<String, String>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            String name = attribute.getNodeName();
            if (versionReference == null || !VERSION.contains(name) || versionReference.hasAttribute(name)) {
                attributes.put(name, attribute.getNodeValue());
            }
        }
        attributes.forEach((name, value) -> out.append(' ').append(name).append('=').append(quote(value)));
        var text = new StringBuilder();
        var children = new ArrayList<String>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                var sb = new StringBuilder();
                canonical(childElement, null, depth + 1, sb);
                children.add(sb.toString());
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String value = child.getNodeValue();
                if (!value.strip().isEmpty()) {
                    text.append(value.strip());
                }
            }
        }
        if (!text.isEmpty()) {
            out.append(" text=").append(quote(text.toString()));
        }
        out.append('\n');
        children.sort(null);
        children.forEach(out::append);
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
    }

    /** Where two texts first differ, with a little of each around it. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, expected.lastIndexOf('\n', Math.max(0, i - 1)) - 200);
        return "first difference at character " + i + "\n--- expected ---\n"
                + expected.substring(from, Math.min(expected.length(), i + 300))
                + "\n--- actual ---\n" + actual.substring(Math.min(from, actual.length()), Math.min(actual.length(), i + 300));
    }
}
