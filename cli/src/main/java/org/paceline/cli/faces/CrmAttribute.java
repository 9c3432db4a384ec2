package org.paceline.cli.faces;

import java.util.Map;

import org.paceline.node.ipc.AttributeScope;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;

/**
 * {@code crm_attribute} and {@code crm_master}: query, set or delete one attribute.
 *
 * <p>Scope: {@code -l reboot} (or {@code -t status}) is a node's transient attribute,
 * {@code -l forever} ({@code -t nodes}) its permanent one, {@code -t crm_config} a
 * cluster property (the default without {@code -N} or {@code -l}). {@code -p [RSC]} is
 * the promotion score {@code master-RSC} of the local node, RSC defaulting to
 * {@code $OCF_RESOURCE_INSTANCE}; {@code crm_master} is the same with the name fixed to
 * it. Output as Pacemaker's: {@code scope=status  name=X value=Y}, or the bare value with
 * {@code -q}; an absent attribute exits 105 (CRM_EX_NOSUCH) unless {@code -d} gives a default.
 */
final class CrmAttribute {
    private static final String SHORT = "n:v:GDql:t:N:p::d:Vi:s:z";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("name:", "n"), Map.entry("update:", "v"), Map.entry("query", "G"), Map.entry("delete", "D"),
            Map.entry("quiet", "q"), Map.entry("lifetime:", "l"), Map.entry("type:", "t"), Map.entry("node:", "N"),
            Map.entry("promotion::", "p"), Map.entry("default:", "d"), Map.entry("verbose", "V"),
            Map.entry("id:", "i"), Map.entry("set-name:", "s"), Map.entry("utilization", "z"),
            Map.entry("help", "help"), Map.entry("version", "version"));

    private CrmAttribute() {}

    static int run(FaceContext context, String[] args, boolean master) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: " + context.face + " -n NAME [-N NODE] [-l reboot|forever | -t SCOPE]"
                    + " {-G [-q] [-d DEFAULT] | -v VALUE | -D}   (-p [RESOURCE] for a promotion score)");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        String name = a.value("n");
        String node = a.value("N");
        AttributeScope scope = scope(a, node != null);
        boolean promotion = master || a.has("p");
        if (promotion) {
            String resource = master ? null : a.value("p");
            if (resource == null) {
                resource = context.environment.get("OCF_RESOURCE_INSTANCE");
            }
            if (resource == null || resource.isEmpty()) {
                return context.fail(FaceContext.EXIT_USAGE, "a promotion score needs a resource: give -p RESOURCE,"
                        + " or call it from a resource agent (OCF_RESOURCE_INSTANCE is not set)");
            }
            name = "master-" + stripInstance(resource);
            if (a.value("l") == null && a.value("t") == null) {
                scope = master ? AttributeScope.NODES : AttributeScope.STATUS;
            }
        }
        if (name == null || name.isEmpty()) {
            return context.fail(FaceContext.EXIT_USAGE, "an attribute name is needed (-n NAME)");
        }
        if (a.has("v")) {
            return outcome(context, context.ask(new IpcRequest.WriteAttribute(scope, node, name, a.value("v"), -1)));
        }
        if (a.has("D")) {
            return outcome(context, context.ask(new IpcRequest.RemoveAttribute(scope, node, name)));
        }
        return query(context, scope, node, name, a.has("q"), a.value("d"));
    }

    private static int query(FaceContext context, AttributeScope scope, String node, String name, boolean quiet,
                             String defaultValue) throws DaemonUnreachable {
        var reply = context.ask(new IpcRequest.ReadAttribute(scope, node, name, false));
        if (!(reply instanceof IpcReply.AttributeValues values)) {
            return context.unexpected(reply);
        }
        String value = values.values().isEmpty() ? defaultValue : values.values().getFirst().value();
        if (value == null) {
            context.err.println(context.face + ": Error performing operation: No such device or address");
            return FaceContext.EXIT_NO_SUCH;
        }
        context.out.println(quiet ? value : "scope=" + scope.word() + "  name=" + name + " value=" + value);
        return FaceContext.EXIT_OK;
    }

    static int outcome(FaceContext context, IpcReply reply) {
        // instanceof, not a pattern switch: see RequestCodec.encode on start-up cost.
        if (reply instanceof IpcReply.Applied) {
            return FaceContext.EXIT_OK;
        }
        if (reply instanceof IpcReply.Done done) {
            for (String line : done.lines()) {
                context.out.println(line);
            }
            return FaceContext.EXIT_OK;
        }
        return context.unexpected(reply);
    }

    private static AttributeScope scope(Arguments a, boolean hasNode) throws Arguments.UsageError {
        String type = a.value("t");
        String lifetime = a.value("l");
        if (type != null) {
            return switch (type) {
                case "status" -> AttributeScope.STATUS;
                case "nodes" -> AttributeScope.NODES;
                case "crm_config" -> AttributeScope.CRM_CONFIG;
                case "rsc_defaults" -> AttributeScope.RSC_DEFAULTS;
                case "op_defaults" -> AttributeScope.OP_DEFAULTS;
                default -> throw new Arguments.UsageError("unknown section '" + type
                        + "' (expected status, nodes, crm_config, rsc_defaults or op_defaults)");
            };
        }
        if (lifetime != null) {
            return switch (lifetime) {
                case "reboot" -> AttributeScope.STATUS;
                case "forever" -> AttributeScope.NODES;
                default -> throw new Arguments.UsageError("unknown lifetime '" + lifetime + "' (expected reboot or forever)");
            };
        }
        return hasNode ? AttributeScope.NODES : AttributeScope.CRM_CONFIG;
    }

    /** A clone instance's number is not part of its promotion score's name ({@code pgsql:1} scores as {@code master-pgsql}). */
    static String stripInstance(String resource) {
        int colon = resource.lastIndexOf(':');
        if (colon > 0 && colon + 1 < resource.length()
                && resource.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return resource.substring(0, colon);
        }
        return resource;
    }
}
