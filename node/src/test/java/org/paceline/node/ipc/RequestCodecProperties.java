package org.paceline.node.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.ipc.wire.MalformedFrame;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.status.ResourceLocation;
import org.paceline.node.status.StatusOptions;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.ConfigurationSection;

/** Every request and reply kind survives encoding and decoding unchanged, whatever its text. */
class RequestCodecProperties {

    @Property(tries = 500)
    void request_encodedThenDecoded_isEqual(@ForAll("requests") IpcRequest request) {
        assertEquals(request, RequestCodec.decode(RequestCodec.encode(request)));
    }

    @Property(tries = 500)
    void reply_encodedThenDecoded_isEqual(@ForAll("replies") IpcReply reply) {
        assertEquals(reply, ReplyCodec.decode(ReplyCodec.encode(reply)));
    }

    @Property(tries = 200)
    void request_truncated_isMalformedNotAnIndexError(@ForAll("requests") IpcRequest request,
                                                      @ForAll("fractions") double keep) {
        byte[] whole = RequestCodec.encode(request);
        int length = (int) (whole.length * keep);
        if (length == whole.length) {
            return;
        }
        byte[] cut = java.util.Arrays.copyOf(whole, length);
        assertThrows(MalformedFrame.class, () -> RequestCodec.decode(cut));
    }

    @Property(tries = 50)
    void modelUpdates_travelAsXml_andReadBackTheSame(@ForAll("sections") ConfigurationSection section) {
        Cib cib = base();
        var updates = List.<CibUpdate>of(new CibUpdate.ReplaceConfiguration(cib.configuration()),
                new CibUpdate.ReplaceSection(section, cib.configuration()),
                new CibUpdate.AddResource(cib.configuration().resources().getFirst()),
                new CibUpdate.ReplaceConstraint(cib.configuration().constraints().getFirst()));
        for (CibUpdate update : updates) {
            var decoded = ((IpcRequest.ApplyUpdate) RequestCodec.decode(
                    RequestCodec.encode(new IpcRequest.ApplyUpdate(update)))).update();
            // The model's records compare by value once read back from the same XML.
            assertEquals(CibXmlWriter.write(Cib.of(configurationOf(update))),
                    CibXmlWriter.write(Cib.of(configurationOf(decoded))));
        }
    }

    @Property(tries = 100)
    void recordedOperation_travelsWithItsUnknownAttributes(@ForAll("texts") String reason,
                                                          @ForAll("fractions") double rc) {
        var record = new org.paceline.cib.status.OperationRecord("vip_last_0", "monitor", "10000",
                Integer.toString((int) (rc * 10)), "0", "12", "1764763200", "1764763200", "5", "0",
                "3:5:0:0f6e4d54-1f1e-4f48-9d7e-3a0a8c1d2b11", null, "abc", "pm01",
                org.paceline.cib.Extras.of(org.paceline.cib.Attrs.of("exit-reason", reason)));
        var update = new CibUpdate.RecordOperation("pm01", "vip", "ocf", "heartbeat", "IPaddr2", record);
        var decoded = (CibUpdate.RecordOperation) ((IpcRequest.ApplyUpdate) RequestCodec.decode(
                RequestCodec.encode(new IpcRequest.ApplyUpdate(update)))).update();
        assertEquals(update.node(), decoded.node());
        assertEquals(update.type(), decoded.type());
        assertEquals(record.rcCode(), decoded.result().rcCode());
        assertEquals(record.transitionKey(), decoded.result().transitionKey());
        assertEquals(reason, decoded.result().extras().attributes().get("exit-reason").orElse(null));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20);
    }

    @Provide
    Arbitrary<IpcRequest> requests() {
        Arbitrary<String> text = anyText();
        Arbitrary<String> maybe = text.injectNull(0.2);
        Arbitrary<AttributeScope> scope = Arbitraries.of(AttributeScope.class);
        return Arbitraries.oneOf(
                maybe.map(IpcRequest.QueryCib::new),
                Arbitraries.just(new IpcRequest.QueryStatus()),
                Combinators.combine(Arbitraries.integers().between(0, 63), text)
                        .as((bits, command) -> new IpcRequest.ShowStatus(StatusOptions.of(bits, command))),
                Combinators.combine(scope, maybe, text, Arbitraries.of(true, false))
                        .as(IpcRequest.ReadAttribute::new),
                Combinators.combine(scope, maybe, text, maybe, Arbitraries.longs().between(-1, 86_400_000))
                        .as(IpcRequest.WriteAttribute::new),
                Combinators.combine(scope, maybe, text).as(IpcRequest.RemoveAttribute::new),
                Arbitraries.just(new IpcRequest.ListNodes()),
                Combinators.combine(text, Arbitraries.of(FenceAction.class)).as(IpcRequest.Fence::new),
                maybe.map(IpcRequest.FenceHistory::new),
                maybe.map(IpcRequest.CleanFenceHistory::new),
                Arbitraries.just(new IpcRequest.ListFenceDevices()),
                Combinators.combine(maybe, maybe).as(IpcRequest.Cleanup::new),
                text.map(IpcRequest.Locate::new),
                plainUpdates().map(IpcRequest.ApplyUpdate::new));
    }

    @Provide
    Arbitrary<IpcReply> replies() {
        Arbitrary<String> text = anyText();
        Arbitrary<String> maybe = text.injectNull(0.2);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 255), text).as(IpcReply.Failure::new),
                text.list().ofMaxSize(5).map(IpcReply.Done::new),
                text.map(IpcReply.Applied::new),
                text.map(IpcReply.CibXml::new),
                Combinators.combine(text, Arbitraries.integers().between(0, 2)).as(IpcReply.Text::new),
                Combinators.combine(text, text, maybe, Arbitraries.of(true, false), Arbitraries.longs(), maybe)
                        .as(IpcReply.Status::new),
                Combinators.combine(maybe, text).as(IpcReply.NodeValue::new).list().ofMaxSize(4)
                        .map(IpcReply.AttributeValues::new),
                Combinators.combine(text, text, Arbitraries.of(true, false),
                        Combinators.combine(text, text, Arbitraries.of(true, false)).as(NodeEntry::new).list().ofMaxSize(4),
                        text.list().ofMaxSize(4)).as(IpcReply.Nodes::new),
                Combinators.combine(text, text, text, text, Arbitraries.of("pending", "done", "failed"), Arbitraries.longs())
                        .as(IpcReply.FenceEvent::new).list().ofMaxSize(3).map(IpcReply.FenceEvents::new),
                Combinators.combine(text, Arbitraries.of("Started", "Promoted", "Unpromoted"))
                        .as(ResourceLocation::new).list().ofMaxSize(3).map(IpcReply.Locations::new));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<ConfigurationSection> sections() {
        return Arbitraries.of(ConfigurationSection.class);
    }

    private static Arbitrary<CibUpdate> plainUpdates() {
        Arbitrary<String> text = anyText();
        Arbitrary<String> maybe = text.injectNull(0.2);
        Arbitrary<AttributeOwner> owner = Arbitraries.oneOf(Arbitraries.just(new AttributeOwner.ClusterProperties()),
                Arbitraries.just(new AttributeOwner.ResourceDefaults()),
                Arbitraries.just(new AttributeOwner.OperationDefaults()),
                text.map(AttributeOwner.NodeAttributes::new), text.map(AttributeOwner.ResourceMeta::new),
                text.map(AttributeOwner.ResourceParameters::new));
        return Arbitraries.oneOf(
                Combinators.combine(owner, maybe, text, maybe).as(CibUpdate.SetAttribute::new),
                Combinators.combine(owner, maybe, text).as(CibUpdate.DeleteAttribute::new),
                text.map(CibUpdate.DeleteResource::new),
                text.map(CibUpdate.DeleteConstraint::new),
                Combinators.combine(text, text).as(CibUpdate.ForgetResourceHistory::new),
                Combinators.combine(text, text, maybe).as(CibUpdate.SetTransientAttribute::new),
                Combinators.combine(text, text).as(CibUpdate.DeleteTransientAttribute::new),
                text.map(CibUpdate.ClearTransientAttributes::new),
                Combinators.combine(text, maybe, maybe, maybe, maybe, maybe).as(CibUpdate.UpdateNodeState::new));
    }

    /** Any text, non-ASCII and empty included: the encoding must not care. */
    private static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("pm01", "", "ノード", "a\u0000b", "master-pgsql", "\uD83D\uDE00"));
    }

    private static org.paceline.cib.Configuration configurationOf(CibUpdate update) {
        return switch (update) {
            case CibUpdate.ReplaceConfiguration u -> u.configuration();
            case CibUpdate.ReplaceSection u -> u.source();
            case CibUpdate.AddResource u -> org.paceline.cib.Configuration.EMPTY.withResources(List.of(u.resource()));
            case CibUpdate.ReplaceConstraint u -> org.paceline.cib.Configuration.EMPTY.withConstraints(List.of(u.constraint()));
            default -> throw new IllegalArgumentException("not a model update: " + update);
        };
    }

    private static Cib base() {
        return CibXmlReader.read("test.xml", """
                <cib admin_epoch="0" epoch="5" num_updates="2" validate-with="pacemaker-3.9">
                  <configuration>
                    <crm_config/>
                    <nodes><node id="1" uname="pm01"/></nodes>
                    <resources>
                      <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2" unknown-attribute="kept">
                        <instance_attributes id="vip-ia"><nvpair id="vip-ia-ip" name="ip" value="10.0.0.1"/></instance_attributes>
                      </primitive>
                    </resources>
                    <constraints><rsc_location id="cli-prefer-vip" rsc="vip" role="Started" node="pm01" score="INFINITY"/></constraints>
                  </configuration>
                  <status/>
                </cib>
                """).orThrow().cib();
    }
}
