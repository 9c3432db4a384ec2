package org.paceline.node.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.paceline.node.store.CibUpdate;

/** The attributes' loop with real timers: a dampened value is written once its timer fires. */
class NodeAttributesLoopTest {
    @Test
    void dampenedUpdate_isWrittenByTheTimer_andTheQuerySeesItAtOnce() throws Exception {
        var written = new CompletableFuture<CibUpdate>();
        try (var loop = NodeAttributesLoop.start(new NodeAttributes("pm01"), InstantSource.system(),
                written::complete)) {
            loop.submit(new AttributeEvent.WriterChanged("pm01", InstantSource.system().instant()));
            loop.request(new AttributeRequest.UpdateAttribute("pm02", "pingd", "100", Duration.ofMillis(300),
                    Lifetime.REBOOT, null, true));
            var pending = loop.query(core -> core.query("pm02", "pingd", Lifetime.REBOOT)).get(5, TimeUnit.SECONDS);

            assertEquals(new CibUpdate.SetTransientAttribute("pm02", "pingd", "100"), written.get(10, TimeUnit.SECONDS));
            assertEquals("100", pending.orElseThrow().value(), "the query sees the value whether written yet or not");
        }
    }
}
