package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/** Reading crm snippets in tests, and checking that what is read prints back to the same model. */
final class CrmTexts {
    /** A document with every statement kind and most options, for round trips and mutations. */
    static final String EVERY_STATEMENT = """
            node $id=1 pm01:member description="first node" \\
                attributes standby=off \\
                utilization memory=4096
            node pm02
            rsc_template tmpl ocf:heartbeat:Dummy params state=/run/d op monitor interval=30s
            primitive from-template @tmpl meta target-role=Started
            primitive vip ocf:heartbeat:IPaddr2 \\
                params $id=vip-params 2: rule #uname eq pm01 ip=10.0.0.1 \\
                utilization cpu=1 \\
                operations $id=vip-ops \\
                op monitor interval=10s timeout=20s OCF_CHECK_LEVEL=10 \\
                op monitor interval=10s role=Master
            primitive fence stonith:fence_ipmilan params ip="10.0.0.9 x" passwd='p"w'
            primitive db ocf:heartbeat:pgsql
            group g vip from-template meta ordered=true
            ms ms-db db meta notify=true
            clone cl-fence fence
            tag web: vip from-template
            location loc-1 g 100: pm01
            location loc-2 /^ms-.*/ role=Master resource-discovery=exclusive \\
                rule $role=Master 50: #uname eq pm02 and load integer:lt 10 \\
                rule -inf: date in_range start=2024-01-01 end=2024-12-31 \\
                rule pingd: defined pingd \\
                rule -inf: date date_spec hours=0-6 weekdays=6-7 or date gt "2030-01-01 00:00"
            location loc-3 { ms-db:Master ( g cl-fence ) } -INFINITY: pm02
            colocation col-1 INFINITY: g ms-db:Master node-attribute=site
            colocation col-2 -1000: g cl-fence:Started [ vip from-template ]
            order ord-1 Mandatory: ms-db:promote g:start symmetrical=false
            order ord-2 0: cl-fence ( vip from-template ) ms-db:start
            rsc_ticket tk-1 ticketA: ms-db:Master loss-policy=demote
            fencing_topology pm01: fence pm02: fence,fence attr:rack=2 fence regexp:pm0. fence
            property stonith-enabled=true no-quorum-policy=ignore
            property $id=later 5: rule #uname eq pm02 placement-strategy=balanced
            rsc_defaults resource-stickiness=INFINITY
            op_defaults timeout=60s
            alert snmp /usr/share/pacemaker/alerts/alert_snmp.sh attributes community=public \\
                to 10.0.0.20 meta timestamp-format="%Y"
            """;

    /** A document mixing crm statements with xml statements of what crm syntax cannot say. */
    static final String XML_STATEMENTS = """
            node pm01
            xml <node id="2" uname="pm02" score="5"/>
            primitive a ocf:pacemaker:Dummy
            xml <primitive id="b" class="ocf" provider="pacemaker" type="Dummy" x-vendor="acme"> \\
                <operations><op id="b-mon" name="monitor" interval="10s"/></operations> \\
            </primitive>
            group g a b
            xml <bundle id="bu"><podman image="img" replicas="2"/></bundle>
            location loc g 100: pm01
            xml <rsc_location id="loc-2" rsc="g"><rule id="r" score="5" boolean-op="and"><expression id="e" attribute="#uname" operation="eq" value="pm02"/></rule></rsc_location>
            fencing_topology pm01: f1
            xml <fencing-level id="fl" target="pm01" index="4" devices="f2"/>
            xml <rsc_defaults><meta_attributes id="m"><rule id="m-r" score="1"><rsc_expression id="m-e" class="ocf"/></rule><nvpair id="m-a" name="a" value="1"/></meta_attributes></rsc_defaults>
            xml <acls><acl_role id="reader"><acl_permission id="p" kind="read" xpath="/cib"/></acl_role></acls>
            """;

    private CrmTexts() {}

    /** The configuration the text describes; fails the test on any problem. */
    static Configuration read(String text) {
        Parsed<Document> parsed = CrmReader.read("test.crm", text);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            fail("unexpected problems: " + invalid.problems());
        }
        return parsed.orThrow().cib().configuration();
    }

    /** Reads the text, checks that it prints back to text that reads equal, and returns the configuration. */
    static Configuration roundTrip(String text) {
        Configuration first = read(text);
        Parsed<String> written = CrmWriter.write(Cib.of(first));
        if (written instanceof Parsed.Invalid<String> invalid) {
            fail("cannot print back: " + invalid.problems());
        }
        String printed = written.orThrow();
        Parsed<Document> again = CrmReader.read("printed.crm", printed);
        assertTrue(again.isValid(), () -> "printed text does not read: " + again + "\n" + printed);
        assertEquals(first, again.orThrow().cib().configuration(), printed);
        assertEquals(printed, CrmWriter.write(again.orThrow().cib()).orThrow(), "printing is not stable");
        return first;
    }

    static List<Problem> problems(String text) {
        Parsed<Document> parsed = CrmReader.read("test.crm", text);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            return invalid.problems();
        }
        fail("expected problems, but the text read without any");
        return List.of();
    }

    /** The only problem the text has, as one line. */
    static String problem(String text) {
        List<Problem> problems = problems(text);
        assertEquals(1, problems.size(), problems::toString);
        return problems.getFirst().oneLine();
    }
}
