package org.paceline.node.executor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a cluster-glue STONITH plugin says about itself ({@code stonith -t TYPE -m}, or an
 * external script's {@code getinfo-devid}, {@code getinfo-devdescr} and {@code getinfo-xml}),
 * and the same as a fence agent's {@code metadata}, which the fencer reads.
 *
 * @param type             the plugin type: {@code external/ipmi}, {@code meatware}
 * @param shortDescription one line
 * @param longDescription  a paragraph
 * @param parameters       the device parameters, in the plugin's order
 */
public record StonithMetadata(String type, String shortDescription, String longDescription,
                              List<Parameter> parameters) {
    /**
     * One device parameter.
     *
     * @param name             as configured ({@code hostlist})
     * @param required         the plugin needs it
     * @param unique           no two devices may share its value
     * @param contentType      {@code string}, {@code integer}, {@code boolean}, ...
     * @param defaultValue     its default, empty when none
     * @param shortDescription one line
     * @param longDescription  a paragraph
     */
    public record Parameter(String name, boolean required, boolean unique, String contentType, String defaultValue,
                            String shortDescription, String longDescription) {}

    /** The actions a STONITH plugin answers through {@link StonithPlugin}, as a fence agent lists them. */
    public static final List<String> ACTIONS = List.of("on", "off", "reboot", "status", "list", "monitor",
            "metadata", "validate-all");

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>");

    public StonithMetadata {
        parameters = List.copyOf(parameters);
    }

    /**
     * Reads the {@code <resource-agent>} document that {@code stonith -m} prints (or a fence
     * agent's, such as {@link #toFenceAgentXml}); empty when it does not parse.
     */
    public static Optional<StonithMetadata> parse(String type, String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            // cluster-glue names ra-api-1.dtd, which is nowhere: drop the declaration instead of fetching it.
            String body = DOCTYPE.matcher(xml).replaceFirst("");
            var root = builder.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            if (!root.getTagName().equals("resource-agent")) {
                return Optional.empty();
            }
            var parameters = new ArrayList<Parameter>();
            var found = root.getElementsByTagName("parameter");
            for (int i = 0; i < found.getLength(); i++) {
                if (found.item(i) instanceof Element parameter && !parameter.getAttribute("name").isEmpty()) {
                    Element content = child(parameter, "content");
                    parameters.add(new Parameter(parameter.getAttribute("name"), yes(parameter.getAttribute("required")),
                            yes(parameter.getAttribute("unique")),
                            content == null || content.getAttribute("type").isEmpty() ? "string" : content.getAttribute("type"),
                            content == null ? "" : content.getAttribute("default"),
                            text(child(parameter, "shortdesc")), text(child(parameter, "longdesc"))));
                }
            }
            // cluster-glue writes the short description as an element, fence agents as an attribute.
            String shortDescription = child(root, "shortdesc") != null ? text(child(root, "shortdesc"))
                    : root.getAttribute("shortdesc").strip();
            return Optional.of(new StonithMetadata(type, shortDescription, text(child(root, "longdesc")), parameters));
        } catch (IOException | ParserConfigurationException | SAXException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The metadata of an external script from its three answers, put together as
     * cluster-glue's {@code stonith -m} does: the device id is the short description, the
     * device description the long one, {@code getinfo-xml} the parameters.
     */
    public static Optional<StonithMetadata> ofExternalScript(String type, String deviceId, String description,
                                                             String parametersXml) {
        return parse(type, "<resource-agent name=\"" + escape(type) + "\"><longdesc lang=\"en\">" + escape(description.strip())
                + "</longdesc><shortdesc lang=\"en\">" + escape(deviceId.strip()) + "</shortdesc>" + parametersXml
                + "</resource-agent>");
    }

    /** The names of required parameters that {@code device} does not set (or sets empty), in the plugin's order. */
    public List<String> missingRequired(Map<String, String> device) {
        return parameters.stream().filter(Parameter::required)
                .map(Parameter::name)
                .filter(name -> device.get(name) == null || device.get(name).isBlank())
                .toList();
    }

    /**
     * The metadata as a fence agent prints it ({@code <resource-agent name=... shortdesc=...>},
     * {@code <parameters>}, {@code <actions>}), so that the fencer reads both kinds alike.
     */
    public String toFenceAgentXml() {
        var xml = new StringBuilder("<?xml version=\"1.0\" ?>\n");
        xml.append("<resource-agent name=\"").append(escape(type)).append("\" shortdesc=\"")
                .append(escape(shortDescription)).append("\">\n");
        xml.append("<longdesc>").append(escape(longDescription)).append("</longdesc>\n<parameters>\n");
        for (Parameter parameter : parameters) {
            xml.append("\t<parameter name=\"").append(escape(parameter.name())).append("\" unique=\"")
                    .append(parameter.unique() ? 1 : 0).append("\" required=\"").append(parameter.required() ? 1 : 0)
                    .append("\">\n\t\t<content type=\"").append(escape(parameter.contentType())).append('"');
            if (!parameter.defaultValue().isEmpty()) {
                xml.append(" default=\"").append(escape(parameter.defaultValue())).append('"');
            }
            xml.append(" />\n\t\t<shortdesc lang=\"en\">").append(escape(parameter.shortDescription()))
                    .append("</shortdesc>\n");
            if (!parameter.longDescription().isEmpty()) {
                xml.append("\t\t<longdesc lang=\"en\">").append(escape(parameter.longDescription())).append("</longdesc>\n");
            }
            xml.append("\t</parameter>\n");
        }
        xml.append("</parameters>\n<actions>\n");
        ACTIONS.forEach(action -> xml.append("\t<action name=\"").append(action).append("\" />\n"));
        return xml.append("</actions>\n</resource-agent>\n").toString();
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }

    /** An element's text with its line breaks and runs of spaces made single spaces. */
    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static boolean yes(String flag) {
        return flag.equals("1") || flag.equalsIgnoreCase("true") || flag.equalsIgnoreCase("yes");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
