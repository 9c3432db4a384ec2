package org.paceline.node.executor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.IntUnaryOperator;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptRunner;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Runs fence agents ({@code fence_*}): no arguments, the call's parameters as
 * {@code key=value} lines on standard input, which is then closed.
 *
 * <p>The lines: {@code action=} (the device's {@code pcmk_<action>_action} when it sets
 * one), every device parameter except {@code pcmk_*}, {@code CRM_meta_*},
 * {@code crm_feature_set} and {@code action}; then, when there is a target,
 * {@code nodename=TARGET} and the host argument ({@code pcmk_host_argument}, else the
 * operation's, else {@code port}) carrying the port, unless the device sets that argument
 * itself or names it {@code none}. The result's rc is the agent's own exit code: 0 done;
 * for {@code status} 0 on, 2 off, 1 cannot tell.
 *
 * <p>Thread rule: any thread may start operations; results complete on the runner's threads.
 */
public final class FenceAgent {
    /** What a {@code status} call said about the target's power. */
    public enum PowerState { ON, OFF, UNKNOWN }

    private final ScriptRunner runner;
    private final InstantSource clock;
    private final ExecutorSettings settings;

    public FenceAgent(ScriptRunner runner, InstantSource clock, ExecutorSettings settings) {
        this.runner = runner;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts the call; it ends by itself, at its timeout, or when cancelled. */
    public OpHandle start(FenceOperation operation) {
        var problem = AgentNames.problem(operation.agent(), "fence agent");
        if (problem.isPresent()) {
            return OpHandle.finished(OpResult.refused(OcfExitCode.ERR_INSTALLED.code(), ExecutorStatus.NOT_INSTALLED,
                    "stonith:" + operation.agent() + ": " + problem.get(), clock.instant()));
        }
        var environment = new LinkedHashMap<String, String>();
        environment.put("PATH", settings.searchPath());
        var call = new ScriptCall(path(operation.agent()), List.of(), environment, stdin(operation),
                settings.workingDirectory());
        return OpHandle.launch(runner, clock, call, operation.timeout(), IntUnaryOperator.identity());
    }

    /** Runs the call and waits for its end. */
    public OpResult run(FenceOperation operation) {
        return start(operation).await();
    }

    public Path path(String agent) {
        return settings.fenceDirectory().resolve(agent);
    }

    /** The agent's standard input for {@code operation}: {@code key=value} lines. */
    public static byte[] stdin(FenceOperation operation) {
        return String.join("", lines(operation).entrySet().stream()
                .map(line -> line.getKey() + "=" + line.getValue() + "\n").toList()).getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code key=value} pairs of {@link #stdin}, in order. */
    public static SequencedMap<String, String> lines(FenceOperation operation) {
        var device = operation.deviceParameters();
        var lines = new LinkedHashMap<String, String>();
        lines.put("action", device.getOrDefault("pcmk_" + operation.action() + "_action", operation.action()));
        device.forEach((name, value) -> {
            if (!name.startsWith("pcmk_") && !name.startsWith("CRM_meta_") && !name.equals("crm_feature_set")
                    && !name.equals("action") && value != null) {
                lines.put(name, value);
            }
        });
        if (operation.target() != null) {
            lines.put("nodename", operation.target());
            String hostArgument = device.getOrDefault("pcmk_host_argument",
                    operation.hostArgument() == null ? "port" : operation.hostArgument());
            String port = operation.port() == null ? operation.target() : operation.port();
            if (!hostArgument.equals("none") && !lines.containsKey(hostArgument)) {
                lines.put(hostArgument, port);
            }
        }
        return lines;
    }

    /**
     * The host argument an agent takes, from its {@code metadata} output: {@code plug}
     * when it declares that parameter, else {@code port} (also for unreadable metadata).
     */
    public static String hostArgument(String metadata) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            // Without a handler of its own the parser prints "[Fatal Error]" lines on standard error.
            builder.setErrorHandler(new DefaultHandler());
            var document = builder.parse(new ByteArrayInputStream(metadata.getBytes(StandardCharsets.UTF_8)));
            var parameters = document.getElementsByTagName("parameter");
            for (int i = 0; i < parameters.getLength(); i++) {
                if (parameters.item(i) instanceof Element parameter && parameter.getAttribute("name").equals("plug")) {
                    return "plug";
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException | RuntimeException e) {
            // Metadata that does not parse says nothing about plug.
        }
        return "port";
    }

    /** What a {@code status} call's result says: 0 on, 2 off, anything else (or no answer) unknown. */
    public static PowerState powerState(OpResult status) {
        if (status.status() != ExecutorStatus.DONE) {
            return PowerState.UNKNOWN;
        }
        return switch (status.rc()) {
            case 0 -> PowerState.ON;
            case 2 -> PowerState.OFF;
            default -> PowerState.UNKNOWN;
        };
    }
}
