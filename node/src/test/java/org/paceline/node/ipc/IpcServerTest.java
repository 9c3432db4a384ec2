package org.paceline.node.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.node.ipc.wire.Frames;
import org.paceline.node.status.StatusOptions;

/** The server over a real socket: requests answered, the file guarded, a stranger's bytes refused. */
class IpcServerTest {
    private static final String CIB = """
            <cib admin_epoch="0" epoch="5" num_updates="2" validate-with="pacemaker-3.9">
              <configuration>
                <crm_config/>
                <nodes><node id="1" uname="pm01"/><node id="2" uname="pm02"/></nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                </resources>
                <constraints/>
              </configuration>
              <status>
                <node_state id="1" uname="pm01" in_ccm="true" crmd="online" join="member" expected="member">
                  <lrm id="1"><lrm_resources>
                    <lrm_resource id="vip" class="ocf" provider="heartbeat" type="IPaddr2">
                      <lrm_rsc_op id="vip_last_0" operation="start" call-id="3" rc-code="0" op-status="0" interval="0"/>
                    </lrm_resource>
                  </lrm_resources></lrm>
                </node_state>
                <node_state id="2" uname="pm02" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """;

    @TempDir
    Path dir;
    private IpcServer server;
    private Path socket;

    @BeforeEach
    void start() throws IOException {
        socket = dir.resolve("run").resolve("paceline.sock");
        var daemon = new StoreDaemon(CibXmlReader.read("test.xml", CIB).orThrow().cib());
        server = IpcServer.start(socket, new RequestDispatch(daemon,
                InstantSource.fixed(Instant.parse("2026-12-03T12:00:00Z")), ZoneId.of("UTC")), PeerCheck.haclient());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void socketFile_isReadableAndWritableByOwnerAndGroupOnly() throws IOException {
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
    }

    @Test
    void transientAttribute_setThenRead_overOneConnection() throws DaemonUnreachable {
        try (var client = IpcClient.connect(socket)) {
            var applied = client.call(new IpcRequest.WriteAttribute(AttributeScope.STATUS, "pm02", "pgsql-status",
                    "HS:sync", -1));
            assertEquals(new IpcReply.Applied("0.5.3"), applied);
            assertEquals(new IpcReply.AttributeValues(List.of(new IpcReply.NodeValue("pm02", "HS:sync"))),
                    client.call(new IpcRequest.ReadAttribute(AttributeScope.STATUS, "pm02", "pgsql-status", false)));
        }
    }

    @Test
    void querySection_givesThatSectionOnly() throws DaemonUnreachable {
        try (var client = IpcClient.connect(socket)) {
            var reply = assertInstanceOf(IpcReply.CibXml.class, client.call(new IpcRequest.QueryCib("nodes")));
            assertEquals("""
                    <nodes>
                      <node id="1" uname="pm01"/>
                      <node id="2" uname="pm02"/>
                    </nodes>
                    """, reply.xml());
            var missing = client.call(new IpcRequest.QueryCib("no-such-section"));
            assertEquals(RequestDispatch.EXIT_NO_SUCH, assertInstanceOf(IpcReply.Failure.class, missing).exitCode());
        }
    }

    @Test
    void showStatusXml_hasTheLinesAgentsGrep() throws DaemonUnreachable {
        try (var client = IpcClient.connect(socket)) {
            var reply = assertInstanceOf(IpcReply.Text.class, client.call(new IpcRequest.ShowStatus(
                    new StatusOptions(false, false, false, false, false, true, "crm_mon -1 --output-as=xml"))));
            assertTrue(reply.text().lines().anyMatch(l -> l.matches("\\s*<node name=\"pm02\" .* online=\"true\".*")),
                    reply.text());
            assertTrue(reply.text().lines().anyMatch(l -> l.matches("\\s*<resource id=\"vip\" .* role=\"Started\".*")),
                    reply.text());
        }
    }

    @Test
    void locate_unknownResource_isNoSuchObject() throws DaemonUnreachable {
        try (var client = IpcClient.connect(socket)) {
            assertEquals(new IpcReply.Failure(105, "resource nope not found"), client.call(new IpcRequest.Locate("nope")));
            assertEquals(new IpcReply.Locations(List.of(new org.paceline.node.status.ResourceLocation("pm01", "Started"))),
                    client.call(new IpcRequest.Locate("vip")));
        }
    }

    @Test
    void garbageFrame_isAnsweredWithAProtocolFailure() throws IOException {
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Frames.write(channel, new byte[] {(byte) RequestCodec.VERSION, (byte) 200});
            var reply = assertInstanceOf(IpcReply.Failure.class, ReplyCodec.decode(Frames.read(channel)));
            assertEquals(IpcServer.EXIT_PROTOCOL, reply.exitCode());
            assertEquals("malformed request: unknown request tag 200", reply.message());
        }
    }

    @Test
    void noSocket_isNotRunningInOneLine() {
        Path missing = dir.resolve("nothing.sock");
        var e = assertThrows(DaemonUnreachable.class, () -> IpcClient.connect(missing));
        assertEquals("Paceline is not running on this node (no socket at " + missing + ")", e.getMessage());
        assertEquals(102, e.exitCode());
    }

    @Test
    void staleSocketFile_isReplaced_butALiveOneIsNot() throws IOException {
        var live = assertThrows(IOException.class, () -> IpcServer.start(socket,
                new RequestDispatch(new StoreDaemon(CibXmlReader.read("t", CIB).orThrow().cib()), InstantSource.system(),
                        ZoneId.of("UTC")), PeerCheck.haclient()));
        assertEquals("another daemon already listens on " + socket, live.getMessage());
        Path stale = dir.resolve("stale.sock");
        try (var orphan = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            orphan.bind(UnixDomainSocketAddress.of(stale));
        }
        assertTrue(Files.exists(stale));
        try (var second = IpcServer.start(stale, new RequestDispatch(new StoreDaemon(CibXmlReader.read("t", CIB)
                .orThrow().cib()), InstantSource.system(), ZoneId.of("UTC")), PeerCheck.haclient())) {
            try (var client = IpcClient.connect(stale)) {
                assertInstanceOf(IpcReply.Nodes.class, client.call(new IpcRequest.ListNodes()));
            } catch (DaemonUnreachable e) {
                throw new AssertionError(e.getMessage());
            }
        }
    }
}
