package org.paceline.node.ipc;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationHistory;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.ipc.wire.MalformedFrame;
import org.paceline.node.ipc.wire.WireInput;
import org.paceline.node.ipc.wire.WireOutput;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.ConfigurationSection;

/**
 * The store's {@link CibUpdate} records on the wire. Plain fields go as strings; model
 * pieces (a configuration, resource, constraint or operation record) go as the CIB XML
 * that holds them, so that unknown attributes and elements travel too. Only updates
 * that carry model pieces load the XML classes: the helpers' updates stay cheap.
 */
public final class CibUpdateCodec {
    private static final String SOURCE = "ipc";

    private CibUpdateCodec() {}

    public static void write(WireOutput out, CibUpdate update) {
        switch (update) {
            case CibUpdate.ReplaceConfiguration u -> out.tag(1).string(configurationXml(u.configuration()));
            case CibUpdate.ReplaceSection u -> out.tag(2).string(u.section().name())
                    .string(configurationXml(u.source()));
            case CibUpdate.SetAttribute u -> owner(out.tag(3), u.owner()).string(u.setId()).string(u.name())
                    .string(u.value());
            case CibUpdate.DeleteAttribute u -> owner(out.tag(4), u.owner()).string(u.setId()).string(u.name());
            case CibUpdate.AddResource u -> out.tag(5).string(configurationXml(
                    Configuration.EMPTY.withResources(List.of(u.resource()))));
            case CibUpdate.ReplaceResource u -> out.tag(6).string(configurationXml(
                    Configuration.EMPTY.withResources(List.of(u.resource()))));
            case CibUpdate.DeleteResource u -> out.tag(7).string(u.id());
            case CibUpdate.AddConstraint u -> out.tag(8).string(configurationXml(
                    Configuration.EMPTY.withConstraints(List.of(u.constraint()))));
            case CibUpdate.ReplaceConstraint u -> out.tag(9).string(configurationXml(
                    Configuration.EMPTY.withConstraints(List.of(u.constraint()))));
            case CibUpdate.DeleteConstraint u -> out.tag(10).string(u.id());
            case CibUpdate.RecordOperation u -> out.tag(11).string(u.node()).string(u.resource())
                    .string(u.resourceClass()).string(u.provider()).string(u.type())
                    .string(CibXmlWriter.write(Cib.of(Configuration.EMPTY).withStatus(new Status(List.of(
                            new NodeState("1", u.node(), null, null, null, null, null,
                                    new OperationHistory(null, null, true, List.of(new ResourceHistory(
                                            u.resource(), u.resourceClass(), u.provider(), u.type(),
                                            List.of(u.result()), null)), null), null)),
                            null, List.of(), null))));
            case CibUpdate.ForgetResourceHistory u -> out.tag(12).string(u.node()).string(u.resource());
            case CibUpdate.SetTransientAttribute u -> out.tag(13).string(u.node()).string(u.name()).string(u.value());
            case CibUpdate.DeleteTransientAttribute u -> out.tag(14).string(u.node()).string(u.name());
            case CibUpdate.ClearTransientAttributes u -> out.tag(15).string(u.node());
            case CibUpdate.UpdateNodeState u -> out.tag(16).string(u.node()).string(u.nodeId()).string(u.inCcm())
                    .string(u.crmd()).string(u.join()).string(u.expected());
            case CibUpdate.SetCibAttribute u -> out.tag(17).string(u.name()).string(u.value());
        }
    }

    public static CibUpdate read(WireInput in) {
        int tag = in.tag();
        return switch (tag) {
            case 1 -> new CibUpdate.ReplaceConfiguration(configuration(in.string()));
            case 2 -> {
                var section = section(in.string());
                yield new CibUpdate.ReplaceSection(section, configuration(in.string()));
            }
            case 3 -> new CibUpdate.SetAttribute(owner(in), in.string(), in.string(), in.string());
            case 4 -> new CibUpdate.DeleteAttribute(owner(in), in.string(), in.string());
            case 5 -> new CibUpdate.AddResource(only(configuration(in.string()).resources(), "resource"));
            case 6 -> new CibUpdate.ReplaceResource(only(configuration(in.string()).resources(), "resource"));
            case 7 -> new CibUpdate.DeleteResource(in.string());
            case 8 -> new CibUpdate.AddConstraint(only(configuration(in.string()).constraints(), "constraint"));
            case 9 -> new CibUpdate.ReplaceConstraint(only(configuration(in.string()).constraints(), "constraint"));
            case 10 -> new CibUpdate.DeleteConstraint(in.string());
            case 11 -> {
                String node = in.string();
                String resource = in.string();
                String resourceClass = in.string();
                String provider = in.string();
                String type = in.string();
                var history = only(cib(in.string()).status().nodes(), "node_state").resourceHistories();
                var operation = only(only(history, "lrm_resource").operations(), "lrm_rsc_op");
                yield new CibUpdate.RecordOperation(node, resource, resourceClass, provider, type, operation);
            }
            case 12 -> new CibUpdate.ForgetResourceHistory(in.string(), in.string());
            case 13 -> new CibUpdate.SetTransientAttribute(in.string(), in.string(), in.string());
            case 14 -> new CibUpdate.DeleteTransientAttribute(in.string(), in.string());
            case 15 -> new CibUpdate.ClearTransientAttributes(in.string());
            case 16 -> new CibUpdate.UpdateNodeState(in.string(), in.string(), in.string(), in.string(), in.string(),
                    in.string());
            case 17 -> new CibUpdate.SetCibAttribute(in.string(), in.string());
            default -> throw new MalformedFrame("unknown CIB update tag " + tag);
        };
    }

    private static WireOutput owner(WireOutput out, AttributeOwner owner) {
        return switch (owner) {
            case AttributeOwner.ClusterProperties o -> out.tag(1);
            case AttributeOwner.ResourceDefaults o -> out.tag(2);
            case AttributeOwner.OperationDefaults o -> out.tag(3);
            case AttributeOwner.NodeAttributes o -> out.tag(4).string(o.node());
            case AttributeOwner.ResourceMeta o -> out.tag(5).string(o.resource());
            case AttributeOwner.ResourceParameters o -> out.tag(6).string(o.resource());
        };
    }

    private static AttributeOwner owner(WireInput in) {
        int tag = in.tag();
        return switch (tag) {
            case 1 -> new AttributeOwner.ClusterProperties();
            case 2 -> new AttributeOwner.ResourceDefaults();
            case 3 -> new AttributeOwner.OperationDefaults();
            case 4 -> new AttributeOwner.NodeAttributes(in.string());
            case 5 -> new AttributeOwner.ResourceMeta(in.string());
            case 6 -> new AttributeOwner.ResourceParameters(in.string());
            default -> throw new MalformedFrame("unknown attribute owner tag " + tag);
        };
    }

    private static ConfigurationSection section(String name) {
        try {
            return ConfigurationSection.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedFrame("unknown configuration section " + name);
        }
    }

    private static String configurationXml(Configuration configuration) {
        return CibXmlWriter.writeConfigurationOnly(Cib.of(configuration));
    }

    private static Configuration configuration(String xml) {
        return cib(xml).configuration();
    }

    private static Cib cib(String xml) {
        if (xml == null) {
            throw new MalformedFrame("a CIB update is missing its XML");
        }
        Parsed<Document> parsed = CibXmlReader.read(SOURCE, xml);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            throw new MalformedFrame("a CIB update's XML does not read: " + invalid.problems().getFirst().oneLine());
        }
        return parsed.orThrow().cib();
    }

    private static <T> T only(List<T> items, String what) {
        if (items.size() != 1) {
            throw new MalformedFrame("a CIB update's XML holds " + items.size() + " " + what + " elements, not one");
        }
        return items.getFirst();
    }
}
