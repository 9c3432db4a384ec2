package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/** What the tree reader makes of text, attributes and positions: the paths a large CIB takes and the rare ones. */
class XmlTextParserTest {

    @Test
    void parse_textBetweenTags_keepsContentAndDropsIndentation() {
        SourceElement root = valid("<cib>\n  <a>  x &amp; y\r\nz </a>\n  <b>plain</b>\n  <c>\n\t</c><d>1<!-- c -->2</d></cib>");

        assertEquals("", root.text());
        assertEquals(List.of("  x & y\nz ", "plain", "", "12"), root.children().stream().map(SourceElement::text).toList());
    }

    @Test
    void parse_attributeValues_haveReferencesReplacedAndLineBreaksMadeSpaces() {
        SourceElement root = valid("<cib a=\"1\" b='x&lt;y' c=\"l1\nl2\tend\" d=\"&#65;&#x42;\" e=\"\"/>");

        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(root.attributes().names()));
        assertEquals(List.of("1", "x<y", "l1 l2 end", "AB", ""),
                root.attributes().names().stream().map(root::attribute).toList());
    }

    @Test
    void parse_manyAttributes_keepsThemAllInOrder() {
        var tag = new StringBuilder("<cib");
        for (int i = 0; i < 100; i++) {
            tag.append(" a").append(i).append("=\"").append(i).append('"');
        }
        SourceElement root = valid(tag.append("/>").toString());

        assertEquals(100, root.attributes().size());
        assertEquals("a99", root.attributes().name(99));
        assertEquals("42", root.attribute("a42"));
    }

    @Test
    void parse_attributeTwice_isAProblemAtTheSecond() {
        Parsed<SourceElement> parsed = XmlTextParser.parse("cib.xml", "<cib id=\"a\" x=\"1\" id=\"b\"/>");

        List<Problem> problems = ((Parsed.Invalid<SourceElement>) parsed).problems();
        assertEquals("cib.xml:1:19: the attribute id appears twice in <cib>", problems.getFirst().oneLine());
    }

    @Test
    void parse_elementAfterManyLines_isPlacedAtItsLineAndColumn() {
        SourceElement root = valid("<cib>" + "\n".repeat(20_000) + "   <node id=\"n\"/></cib>");

        SourceElement node = root.children().getFirst();
        assertEquals(20_001, node.line());
        assertEquals(4, node.column());
    }

    private static SourceElement valid(String text) {
        Parsed<SourceElement> parsed = XmlTextParser.parse("cib.xml", text);
        return parsed.orThrow();
    }
}
