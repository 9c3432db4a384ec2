package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.Set;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.XmlElement;
import org.paceline.cib.rules.Rule;

/** Reads name/value sets (instance, meta, utilization, cluster properties) and their pairs. */
final class SetReader {
    private static final Set<String> SET = Set.of("id", "id-ref", "score");
    private static final Set<String> PAIR = Set.of("id", "id-ref", "name", "value");

    private final ReadSession session;
    private final RuleReader rules;

    SetReader(ReadSession session, RuleReader rules) {
        this.session = session;
        this.rules = rules;
    }

    static boolean isSet(SourceElement element) {
        return SetKind.ofElement(element.name()).isPresent();
    }

    /** The set an element of one of the set kinds holds; call only when {@link #isSet} holds. */
    NvSet set(SourceElement element) {
        SetKind kind = SetKind.ofElement(element.name()).orElseThrow();
        session.requiredUnlessReference(element, "id");
        var setRules = new ArrayList<Rule>();
        var pairs = new ArrayList<NvPair>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "nvpair" -> pairs.add(pair(child));
                case "rule" -> setRules.add(rules.rule(child));
                default -> session.keepUnknown(child, element, "nvpair and rule elements", unknown);
            }
        }
        return new NvSet(kind, element.attribute("id"), element.attribute("id-ref"), element.attribute("score"),
                setRules, pairs, ReadSession.extras(element, SET, unknown));
    }

    private NvPair pair(SourceElement element) {
        session.requiredUnlessReference(element, "name");
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            session.keepUnknown(child, element, "no child elements", unknown);
        }
        return new NvPair(element.attribute("id"), element.attribute("id-ref"), element.attribute("name"),
                element.attribute("value"), ReadSession.extras(element, PAIR, unknown));
    }
}
