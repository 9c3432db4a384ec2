package org.paceline.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Watches a lab cluster from outside its daemons: the agents' own state files on each
 * host say what is active there, and the test fence device's power files say which hosts
 * are off. Every sample in which an exclusive resource is active on two powered hosts, or
 * a promotable clone has more promoted instances than allowed, is kept as a violation.
 *
 * <p>What "active" means is the agents' own notion: {@code Dummy-RSC.state} exists
 * (ocf:heartbeat:Dummy in {@code HA_RSCTMP}, ocf:pacemaker:Dummy in {@code HA_VARRUN}),
 * {@code Stateful-RSC.state} exists and holds {@code Promoted} or {@code Unpromoted},
 * {@code Delay_RSC} exists (ocf:heartbeat:Delay's tracking file in {@code HA_RSCTMP}, no suffix).
 * A host that was powered off holds nothing active, whatever files it left behind: a
 * real host loses its tmpfs with its power. Runs on a platform thread of its own until
 * closed.
 */
public final class Observer implements AutoCloseable {
    /** A moment when the cluster was unsafe, and what was seen. */
    public record Violation(Instant at, String what) {}

    private final LabCluster cluster;
    private final Set<String> exclusive;
    private final Map<String, Integer> promotedMax;
    private final List<Violation> violations = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private int samples;

    /**
     * @param exclusive   resources that must never be active on two hosts at once
     * @param promotedMax for each promotable clone's primitive, how many may be promoted at once
     */
    public Observer(LabCluster cluster, Set<String> exclusive, Map<String, Integer> promotedMax, Duration period) {
        this.cluster = cluster;
        this.exclusive = Set.copyOf(exclusive);
        this.promotedMax = Map.copyOf(promotedMax);
        this.thread = Thread.ofPlatform().daemon().name("lab-observer").start(() -> {
            while (!stopped) {
                sample();
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** What each powered host has active right now: resource to role ("Started", "Promoted", "Unpromoted"). */
    public Map<String, Map<String, String>> activeNow() {
        var active = new TreeMap<String, Map<String, String>>();
        for (String node : cluster.nodes()) {
            if (cluster.isPoweredOff(node)) {
                continue;
            }
            var here = new TreeMap<String, String>();
            var config = cluster.config(node);
            for (Path folder : List.of(config.agentTemporary(), config.agentRun())) {
                read(folder, here);
            }
            active.put(node, here);
        }
        return active;
    }

    /** Where a resource is active now, in node order. */
    public Set<String> hostsOf(String resource) {
        var hosts = new TreeSet<String>();
        activeNow().forEach((node, resources) -> {
            if (resources.containsKey(resource)) {
                hosts.add(node);
            }
        });
        return hosts;
    }

    public synchronized List<Violation> violations() {
        return List.copyOf(violations);
    }

    public synchronized int samples() {
        return samples;
    }

    /** Takes one sample now (the thread also does, every period). */
    public void sample() {
        Map<String, Map<String, String>> active = activeNow();
        var found = new ArrayList<String>();
        var hostsByResource = new TreeMap<String, List<String>>();
        var promotedByResource = new TreeMap<String, List<String>>();
        active.forEach((node, resources) -> resources.forEach((resource, role) -> {
            hostsByResource.computeIfAbsent(resource, r -> new ArrayList<>()).add(node);
            if (role.equals("Promoted")) {
                promotedByResource.computeIfAbsent(resource, r -> new ArrayList<>()).add(node);
            }
        }));
        hostsByResource.forEach((resource, hosts) -> {
            if (exclusive.contains(resource) && hosts.size() > 1) {
                found.add(resource + " active on " + String.join(" and ", hosts));
            }
        });
        promotedByResource.forEach((resource, hosts) -> {
            if (hosts.size() > promotedMax.getOrDefault(resource, 1)) {
                found.add(resource + " promoted on " + String.join(" and ", hosts));
            }
        });
        synchronized (this) {
            samples++;
            Instant now = Instant.now();
            found.forEach(what -> violations.add(new Violation(now, what)));
        }
    }

    private static void read(Path folder, Map<String, String> into) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith("Delay_")) {
                    into.put(instance(name.substring("Delay_".length())), "Started");
                    continue;
                }
                if (!name.endsWith(".state")) {
                    continue;
                }
                String stem = name.substring(0, name.length() - ".state".length());
                if (stem.startsWith("Dummy-")) {
                    into.put(instance(stem.substring("Dummy-".length())), "Started");
                } else if (stem.startsWith("Stateful-")) {
                    String role = content(file);
                    if (role.equals("Promoted") || role.equals("Unpromoted")) {
                        into.put(instance(stem.substring("Stateful-".length())), role);
                    }
                }
            }
        } catch (IOException e) {
            // The folder changed under us; the next sample sees it whole.
        }
    }

    /** Clone instances are {@code rsc:N}; the observer judges the primitive. */
    private static String instance(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join();
    }
}
