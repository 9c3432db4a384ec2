package org.paceline.scheduler.actions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.cib.status.OperationRecord;

/**
 * Whether a running resource's definition changed since it was started there: the
 * parameters it was started with are recorded as a digest ({@code op-digest}); a
 * different digest of today's parameters means it must be restarted, or only reloaded
 * when the parameters that force a restart ({@code op-force-restart}, digested as
 * {@code op-restart-digest}) are unchanged.
 */
public final class DefinitionChange {
    /** What a changed definition calls for. */
    public enum Outcome { NONE, RELOAD, RESTART }

    private DefinitionChange() {}

    public static Outcome of(ResourceInstance resource, ClusterNode node) {
        List<OperationRecord> history = resource.history().get(node);
        if (history == null) {
            return Outcome.NONE;
        }
        OperationRecord start = null;
        for (OperationRecord op : history) {
            if (("start".equals(op.operation()) || "migrate_from".equals(op.operation())) && op.opDigest() != null
                    && op.rc().orElse(-1) == 0) {
                start = op;
            }
        }
        if (start == null) {
            return Outcome.NONE;
        }
        Map<String, String> parameters = resource.parameters();
        if (digest(parameters).equals(start.opDigest())) {
            return Outcome.NONE;
        }
        // Secrets (passwords) are masked in CIBs handed around for analysis: compare what
        // is left without them, against the digest recorded for exactly that.
        String secureDigest = start.extras().attributes().getOrNull("op-secure-digest");
        String secureParams = start.extras().attributes().getOrNull("op-secure-params");
        if (secureDigest != null && secureParams != null) {
            var withoutSecrets = new TreeMap<>(parameters);
            for (String name : secureParams.trim().split("\\s+")) {
                withoutSecrets.remove(name);
            }
            // The fencer's own pcmk_* settings are not part of what the device was given.
            withoutSecrets.keySet().removeIf(name -> name.startsWith("pcmk_"));
            if (digest(withoutSecrets).equals(secureDigest)) {
                return Outcome.NONE;
            }
        }
        String restartDigest = start.extras().attributes().getOrNull("op-restart-digest");
        String forceRestart = start.extras().attributes().getOrNull("op-force-restart");
        if (restartDigest == null || forceRestart == null) {
            return Outcome.RESTART;
        }
        var restartParameters = new TreeMap<String, String>();
        for (String name : forceRestart.trim().split("\\s+")) {
            if (parameters.containsKey(name)) {
                restartParameters.put(name, parameters.get(name));
            }
        }
        return digest(restartParameters).equals(restartDigest) ? Outcome.RELOAD : Outcome.RESTART;
    }

    /**
     * Pacemaker's digest of a parameter set: MD5 of {@code <parameters a="1" b="2"/>} with names sorted.
     * Public so that what writes operation histories (the controller, the generated clusters)
     * records {@code op-digest} exactly as this class compares it.
     */
    public static String digest(Map<String, String> parameters) {
        var text = new StringBuilder(" <parameters");
        for (var entry : new TreeMap<>(parameters).entrySet()) {
            text.append(' ').append(entry.getKey()).append("=\"").append(escape(entry.getValue())).append('"');
        }
        text.append("/>\n");
        try {
            var md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
