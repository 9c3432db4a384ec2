package org.paceline.node.fencer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OpResult;

/** Drives a {@link Fencer} as its loop would, with agent answers the test gives by hand. */
final class FencerDriver {
    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    final Fencer fencer;
    final List<FencerEffect> all = new ArrayList<>();
    Instant now = START;

    FencerDriver(String cibXml) {
        this(cibXml, Map.of(), RandomGenerator.of("L64X128MixRandom"));
    }

    FencerDriver(String cibXml, Map<String, Map<String, String>> attributes, RandomGenerator random) {
        fencer = new Fencer("pm01", random);
        fencer.step(new FencerEvent.CibChanged(cib(cibXml), attributes, now));
        take();
    }

    static Cib cib(String xml) {
        return CibXmlReader.read("test.xml", xml).orThrow().cib();
    }

    /** A CIB with {@code resources} as its resources section and {@code topology} as its fencing levels. */
    static String cibWith(String properties, String resources, String topology) {
        return """
                <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9">
                  <configuration>
                    <crm_config><cluster_property_set id="options">%s</cluster_property_set></crm_config>
                    <nodes><node id="1" uname="pm01"/><node id="2" uname="pm02"/><node id="3" uname="pm03"/></nodes>
                    <resources>%s</resources>
                    <constraints/>
                    %s
                  </configuration>
                  <status/>
                </cib>
                """.formatted(properties, resources, topology.isEmpty() ? "" : "<fencing-topology>" + topology
                + "</fencing-topology>");
    }

    /** A stonith primitive with these instance attributes ({@code name=value} pairs). */
    static String device(String id, String agent, String... pairs) {
        var nv = new StringBuilder();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            nv.append("<nvpair id=\"%s-%s\" name=\"%s\" value=\"%s\"/>".formatted(id, pair.substring(0, eq),
                    pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return "<primitive id=\"%s\" class=\"stonith\" type=\"%s\"><instance_attributes id=\"%s-ia\">%s"
                .formatted(id, agent, id, nv) + "</instance_attributes></primitive>";
    }

    void request(String target, FenceAction action, String id) {
        fencer.step(new FencerEvent.FenceRequested(new FenceRequest(target, action, "pm03", id), now));
    }

    /** Hands out the effects due and reports them carried out. */
    List<FencerEffect> take() {
        var effects = fencer.ready();
        fencer.advance(effects);
        all.addAll(effects);
        return effects;
    }

    /** The agent runs among {@code effects}. */
    static List<FencerEffect.RunFenceAgent> runs(List<FencerEffect> effects) {
        return effects.stream().filter(FencerEffect.RunFenceAgent.class::isInstance)
                .map(FencerEffect.RunFenceAgent.class::cast).toList();
    }

    static List<FenceResult> completions(List<FencerEffect> effects) {
        return effects.stream().filter(FencerEffect.FencingCompleted.class::isInstance)
                .map(e -> ((FencerEffect.FencingCompleted) e).result()).toList();
    }

    static List<FencerEffect.SetTimer> timers(List<FencerEffect> effects) {
        return effects.stream().filter(FencerEffect.SetTimer.class::isInstance)
                .map(FencerEffect.SetTimer.class::cast).toList();
    }

    /** The run ends after {@code took} with exit code {@code rc} and {@code output}. */
    List<FencerEffect> answer(FencerEffect.RunFenceAgent run, Duration took, int rc, String output) {
        now = now.plus(took);
        fencer.step(new FencerEvent.AgentFinished(run.operationId(),
                new OpResult(rc, ExecutorStatus.DONE, "", output, "", now.minus(took), now), now));
        return take();
    }

    List<FencerEffect> timedOut(FencerEffect.RunFenceAgent run, Duration took) {
        now = now.plus(took);
        fencer.step(new FencerEvent.AgentFinished(run.operationId(),
                new OpResult(1, ExecutorStatus.TIMED_OUT, "timed out", "", "", now.minus(took), now), now));
        return take();
    }

    List<FencerEffect> fire(FencerEffect.SetTimer timer) {
        now = timer.at().isAfter(now) ? timer.at() : now;
        fencer.step(new FencerEvent.TimerFired(timer.timerId(), now));
        return take();
    }
}
