package org.paceline.node.ipc;

import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;

import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.status.CrmMonText;
import org.paceline.node.status.CrmMonXml;
import org.paceline.node.status.DaemonView;
import org.paceline.node.status.ResourceLocator;

/**
 * One request to one reply: hands the daemon what only it can do, and derives the rest
 * (the CIB's XML, crm_mon's views, locations) from its CIB and view. No sockets, so it
 * is tested without one. Thread-safe when the daemon is.
 */
public final class RequestDispatch {
    /** Pacemaker's CRM_EX_NOSUCH: the object asked about does not exist. */
    public static final int EXIT_NO_SUCH = 105;
    /** Pacemaker's CRM_EX_INVALID_PARAM. */
    public static final int EXIT_INVALID_PARAM = 2;

    private final LocalDaemon daemon;
    private final InstantSource clock;
    private final ZoneId zone;

    public RequestDispatch(LocalDaemon daemon, InstantSource clock, ZoneId zone) {
        this.daemon = daemon;
        this.clock = clock;
        this.zone = zone;
    }

    public IpcReply answer(IpcRequest request) {
        return switch (request) {
            case IpcRequest.QueryCib r -> queryCib(r.section());
            case IpcRequest.QueryStatus r -> {
                DaemonView view = daemon.view();
                yield new IpcReply.Status(CibXmlWriter.write(daemon.cib()), view.localNode(), view.dcNode(),
                        view.quorate(), clock.millis(), view.lastChange());
            }
            case IpcRequest.ShowStatus r -> {
                Cib cib = daemon.cib();
                DaemonView view = daemon.view();
                Instant now = clock.instant();
                if (r.options().xml()) {
                    yield new IpcReply.Text(CrmMonXml.render(cib, view, now, zone, r.options()), 0);
                }
                var text = CrmMonText.render(cib, view, now, zone, r.options());
                yield new IpcReply.Text(text.text(), text.exitCode());
            }
            case IpcRequest.ApplyUpdate r -> daemon.apply(r.update());
            case IpcRequest.ReadAttribute r -> new IpcReply.AttributeValues(
                    daemon.readAttribute(r.scope(), r.node(), r.name(), r.allNodes()));
            case IpcRequest.WriteAttribute r -> daemon.writeAttribute(r.scope(), r.node(), r.name(), r.value(),
                    r.dampenMillis());
            case IpcRequest.RemoveAttribute r -> daemon.removeAttribute(r.scope(), r.node(), r.name());
            case IpcRequest.ListNodes r -> {
                DaemonView view = daemon.view();
                yield new IpcReply.Nodes(view.localNode(), view.localNodeId(), view.quorate(), view.nodes(),
                        view.partition());
            }
            case IpcRequest.Fence r -> daemon.fence(r.target(), r.action());
            case IpcRequest.FenceHistory r -> new IpcReply.FenceEvents(daemon.fenceHistory(r.node()));
            case IpcRequest.CleanFenceHistory r -> daemon.cleanFenceHistory(r.node());
            case IpcRequest.ListFenceDevices r -> new IpcReply.Done(daemon.fenceDevices());
            case IpcRequest.Cleanup r -> daemon.cleanup(r.resource(), r.node());
            case IpcRequest.Locate r -> ResourceLocator.locate(daemon.cib(), r.resource(), clock.instant())
                    .<IpcReply>map(IpcReply.Locations::new)
                    .orElseGet(() -> new IpcReply.Failure(EXIT_NO_SUCH, "resource " + r.resource() + " not found"));
        };
    }

    private IpcReply queryCib(String section) {
        String xml = CibXmlWriter.write(daemon.cib());
        if (section == null || section.isEmpty()) {
            return new IpcReply.CibXml(xml);
        }
        return CibSections.extract(xml, section).<IpcReply>map(IpcReply.CibXml::new)
                .orElseGet(() -> new IpcReply.Failure(EXIT_NO_SUCH, "no section " + section + " in the CIB"));
    }
}
