package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/** Element and attribute names are XML's: what the reader takes, every XML reader takes. */
class XmlNamesTest {

    @Test
    void read_attributeNameWithACharacterXmlNamesCannotHold_isAProblemAtIt() {
        Parsed<Document> parsed = CibXmlReader.read("cib.xml",
                "<cib><configuration><crm_config value\u00a5=\"1\"/></configuration></cib>");
        List<Problem> problems = ((Parsed.Invalid<Document>) parsed).problems();
        assertEquals("cib.xml:1:38: expected = after the attribute value in <crm_config>, found \"\u00a5=\"1\"/></con\"",
                problems.getFirst().oneLine());
    }

    @Test
    void read_namesInOtherScripts_areTakenAsXmlAllowsThem() {
        Parsed<Document> parsed = CibXmlReader.read("cib.xml",
                "<cib><configuration><crm_config ノード-名.\u00b7=\"1\" \u00e9t\u00e9=\"2\"/></configuration></cib>");
        assertTrue(parsed.isValid(), parsed::toString);
    }
}
