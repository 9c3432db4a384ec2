package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.paceline.lab.LabCluster;
import org.paceline.lab.LabOperator;
import org.paceline.lab.Observer;
import org.paceline.lab.scenario.fencing.Demonstration.Outcome;

/**
 * Seed 000's demonstration cluster on this machine: the nodes {@code pm1} and {@code pm2}
 * as daemon processes, the group {@code grpPg} (prmEx, prmFs, prmPg, prmIp) that must never
 * run on both, an observer watching the agents' state files, and the story told on
 * {@code out} as an operator would watch it: crm_mon's relevant lines and the operational
 * log's. What the stop-timeout demonstrations share; one controlling thread.
 */
final class TwoNodeLab implements AutoCloseable {
    static final List<String> NODES = List.of("pm1", "pm2");
    /** The seed's group, in its order. */
    static final List<String> GROUP = List.of("prmEx", "prmFs", "prmPg", "prmIp");

    /** Pacemaker's crm_simulate from Debian's pacemaker-cli-utils, when installed. */
    static final Path CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");

    private final LabCluster cluster;
    private final Observer observer;
    private final PrintStream out;
    private final Map<String, Integer> logMarks = new TreeMap<>();

    private TwoNodeLab(LabCluster cluster, Observer observer, PrintStream out) {
        this.cluster = cluster;
        this.observer = observer;
        this.out = out;
    }

    /** Lays out the two nodes under {@code folder} (new), node {@code i} on ports from {@code basePort + 10 i}; nothing runs yet. */
    static TwoNodeLab create(Path folder, int basePort, PrintStream out) throws IOException {
        var cluster = LabCluster.create(folder, "seed000", NODES, basePort, true);
        return new TwoNodeLab(cluster, new Observer(cluster, Set.copyOf(GROUP), Map.of(), Duration.ofMillis(50)), out);
    }

    /**
     * Starts both nodes, waits until they form one cluster, loads the configuration (the
     * crm shell's language) and waits until the whole group runs on pm1.
     *
     * @return empty when all that happened, else the failed outcome, told on {@code out}
     */
    Optional<Outcome> setUp(String crm) throws IOException, InterruptedException {
        // pm2 first, so that it is the DC as in the seed: the DC writes the operational log.
        step("Starting pm2, then pm1, on this machine (separate processes on loopback); pm2 is the DC, as in the seed");
        cluster.start("pm2");
        // The membership's own view, not the daemon's first guess: the DC's operational log says it.
        if (!awaitLogLine("pm2", Duration.ofSeconds(60), "Set DC node to pm2.")) {
            return Optional.of(fail("pm2 did not become the DC within 60 s", "pm2"));
        }
        cluster.start("pm1");
        if (!awaitStatus("pm2", Duration.ofSeconds(60), status -> status.contains("Online: [ pm1 pm2 ]"))) {
            return Optional.of(fail("pm1 and pm2 did not form one cluster within 60 s", "pm2"));
        }
        if (!awaitStatus("pm1", Duration.ofSeconds(10), status -> status.contains("Current DC: pm2"))) {
            return Optional.of(fail("pm1 joined, but pm2 is not the DC", "pm1"));
        }
        show("The configuration, loaded with crm configure load replace", crm);
        String problem = operator("pm2").load("seed000.crm", crm);
        if (problem != null) {
            return Optional.of(fail("the configuration was refused: " + problem, "pm2"));
        }
        if (!awaitGroupOn("pm1", Duration.ofSeconds(60))) {
            return Optional.of(fail("grpPg did not start on pm1 within 60 s", "pm2"));
        }
        return Optional.empty();
    }

    LabCluster cluster() {
        return cluster;
    }

    Observer observer() {
        return observer;
    }

    LabOperator operator(String node) {
        return new LabOperator(cluster.config(node).socket());
    }

    /** {@code crm_mon -1 -r} on a node; empty when its daemon does not answer. */
    String status(String node) {
        return operator(node).status();
    }

    /** Waits until a node's {@code crm_mon -1 -r} satisfies the condition. */
    boolean awaitStatus(String node, Duration timeout, Predicate<String> condition) throws InterruptedException {
        return LabCluster.await(timeout, () -> condition.test(status(node)));
    }

    /** Waits until the whole group runs on {@code node}, as crm_mon and the observer both see it. */
    boolean awaitGroupOn(String node, Duration timeout) throws InterruptedException {
        return LabCluster.await(timeout, () -> {
            String status = status(node);
            return GROUP.stream().allMatch(resource -> startedOn(status, resource, node)
                    && observer.hostsOf(resource).equals(Set.of(node)));
        });
    }

    /**
     * The seed's group in the crm shell's language: prmEx, prmFs and prmIp are Debian's
     * {@code ocf:heartbeat:Dummy}; prmPg is {@code ocf:pacemaker:Dummy}, whose every
     * operation, its stop included, sleeps {@code op_sleep} seconds, so that a stop timeout
     * shorter than that is the seed's hanging stop.
     */
    static String group(int sleepSeconds, String stopTimeout, String stopOnFail) {
        String dummy = """
                primitive %s ocf:heartbeat:Dummy \\
                    op start interval=0s timeout=20s on-fail=restart \\
                    op monitor interval=10s timeout=20s on-fail=restart \\
                    op stop interval=0s timeout=20s on-fail=%s
                """;
        return dummy.formatted("prmEx", stopOnFail) + dummy.formatted("prmFs", stopOnFail) + """
                primitive prmPg ocf:pacemaker:Dummy \\
                    params op_sleep=%d \\
                    op start interval=0s timeout=20s on-fail=restart \\
                    op monitor interval=2s timeout=20s on-fail=restart \\
                    op stop interval=0s timeout=%s on-fail=%s
                """.formatted(sleepSeconds, stopTimeout, stopOnFail) + dummy.formatted("prmIp", stopOnFail)
                + "group grpPg prmEx prmFs prmPg prmIp\n";
    }

    /**
     * Shows the group running, then kills prmPg's service on pm1 (the seed's {@code kill -9}
     * of postgres), with the operational logs marked just before.
     */
    void killPgOnPm1() throws IOException {
        show("crm_mon -1 on pm2: grpPg runs on pm1", relevantPart(status("pm2")));
        markLogs();
        step("The postgres process dies on pm1 (the seed: kill -9 of its parent process): prmPg's state file goes,"
                + " so that its next monitor finds it not running; its stop sleeps longer than its timeout");
        killService("pm1", "prmPg");
    }

    /** Whether crm_mon shows prmPg failed on {@code node} with its stop failed: unmanaged, or blocked. */
    static boolean pgBlockedOn(String status, String node) {
        return resourceLine(status, "prmPg").map(line -> line.contains(node) && line.contains("FAILED")
                && (line.contains("blocked") || line.contains("unmanaged"))).orElse(false);
    }

    /**
     * Checks crm_mon -f's fail-count and failed actions for prmPg on pm1: the monitor that
     * found it not running, or the stop that timed out after it (the last failure).
     */
    Optional<Outcome> checkPgFailures(String status) {
        String failures = failuresPart(status);
        if (!failures.contains("prmPg: migration-threshold=1 fail-count=")) {
            return Optional.of(fail("crm_mon -f shows no fail-count of prmPg", "pm2"));
        }
        boolean stopTimedOut = failures.lines().anyMatch(line -> line.contains("prmPg_stop_0 on pm1")
                && line.contains("status='Timed Out'"));
        if (!stopTimedOut) {
            return Optional.of(fail("crm_mon -f shows no timed-out stop of prmPg on pm1", "pm2"));
        }
        return Optional.empty();
    }

    /** Checks that the operational logs say prmPg stopped working and its stop timed out. */
    Optional<Outcome> checkPgFailureLog() throws IOException {
        var lines = new ArrayList<String>();
        for (String node : NODES) {
            lines.addAll(logSinceMark(node));
        }
        for (String expected : List.of("Resource prmPg does not work. (rc=7) not running",
                "Resource prmPg failed to stop. (Timed Out)")) {
            if (lines.stream().noneMatch(line -> line.endsWith(expected))) {
                return Optional.of(fail("no \"" + expected + "\" in the operational logs", "pm2"));
            }
        }
        return Optional.empty();
    }

    /** Whether the condition held at any moment within the time (sampled every 50 ms). */
    static boolean heldAnyTimeWithin(Duration time, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        return LabCluster.await(time, condition);
    }

    /** Whether crm_mon's text shows the resource plainly started on the node. */
    static boolean startedOn(String status, String resource, String node) {
        return resourceLine(status, resource).map(line -> line.endsWith("Started " + node)).orElse(false);
    }

    /** The crm_mon line of one resource, stripped. */
    static java.util.Optional<String> resourceLine(String status, String resource) {
        return status.lines().map(String::strip).filter(line -> line.startsWith("* " + resource + "\t")
                || line.startsWith(resource + "\t")).findFirst();
    }

    /**
     * The part of crm_mon's text the seed shows: the node list and the group (the seed's
     * script cut the same from crm_mon every second).
     */
    static String relevantPart(String status) {
        var lines = new ArrayList<String>();
        boolean inGroup = false;
        for (String line : status.lines().toList()) {
            String text = line.strip();
            if (text.startsWith("* Node ") || text.startsWith("Node ") || text.startsWith("* Online:")
                    || text.startsWith("* OFFLINE:") || text.startsWith("Online:") || text.startsWith("OFFLINE:")) {
                lines.add(line);
                continue;
            }
            if (text.contains("Resource Group: grpPg")) {
                inGroup = true;
                lines.add(line);
                continue;
            }
            if (inGroup && GROUP.stream().anyMatch(resource -> text.startsWith("* " + resource + "\t"))) {
                lines.add(line);
            } else {
                inGroup = false;
            }
        }
        return String.join("\n", lines);
    }

    /** The migration summary and the failed actions of {@code crm_mon -1 -r -f}. */
    static String failuresPart(String status) {
        int at = status.indexOf("Migration Summary:");
        return at < 0 ? "(no migration summary)" : status.substring(at).stripTrailing();
    }

    /**
     * What Pacemaker's own {@code crm_simulate} prints as the "Current cluster status" of the
     * live CIB as a node holds it now: the words Pacemaker 2.1.5 would show for the same
     * state. Empty when Debian's pacemaker-cli-utils is not installed; the CIB is kept in the
     * lab's folder as {@code name.xml}.
     */
    Optional<String> pacemakerStatus(String node, String name) throws IOException, InterruptedException {
        if (!Files.isExecutable(CRM_SIMULATE)) {
            return Optional.empty();
        }
        Path dump = cluster.folder().resolve(name + ".xml");
        Files.writeString(dump, operator(node).cibXml());
        Process run = new ProcessBuilder(CRM_SIMULATE.toString(), "-x", dump.toString()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        run.waitFor();
        int from = output.indexOf("Current cluster status:");
        int to = output.indexOf("Transition Summary:");
        return from < 0 ? Optional.of(output) : Optional.of(output.substring(from, to < from ? output.length() : to));
    }

    /** Notes where each node's operational log ends now: {@link #logSinceMark} prints what follows. */
    void markLogs() throws IOException {
        for (String node : NODES) {
            logMarks.put(node, cluster.operationalLog(node).size());
        }
    }

    /** A node's operational log lines written since {@link #markLogs}. */
    List<String> logSinceMark(String node) throws IOException {
        List<String> log = cluster.operationalLog(node);
        int from = Math.min(logMarks.getOrDefault(node, 0), log.size());
        return log.subList(from, log.size());
    }

    /** Waits until a line ending with {@code text} is in a node's operational log since the mark. */
    boolean awaitLogLine(String node, Duration timeout, String text) throws InterruptedException {
        return LabCluster.await(timeout, () -> {
            try {
                return logSinceMark(node).stream().anyMatch(line -> line.endsWith(text));
            } catch (IOException e) {
                return false;
            }
        });
    }

    /**
     * The service dies under the cluster, as the seed's {@code kill -9} of postgres: the
     * agent's own record that it runs goes, so its next monitor finds it not running.
     */
    void killService(String node, String resource) throws IOException {
        var config = cluster.config(node);
        for (Path folder : List.of(config.agentTemporary(), config.agentRun())) {
            Files.deleteIfExists(folder.resolve("Dummy-" + resource + ".state"));
        }
    }

    /** The nodes on which any member of the group is active, as the observer sees it. */
    Set<String> groupHosts() {
        var hosts = new java.util.TreeSet<String>();
        for (String resource : GROUP) {
            hosts.addAll(observer.hostsOf(resource));
        }
        return hosts;
    }

    /** The first violation the observer saw, as a failed outcome; empty when it saw none. */
    Optional<Outcome> observerVerdict() {
        observer.sample();
        if (observer.violations().isEmpty()) {
            out.println();
            out.println("== The observer took " + observer.samples() + " samples of the agents' state files and saw"
                    + " nothing of grpPg active on both nodes.");
            return Optional.empty();
        }
        return Optional.of(fail("the observer saw " + observer.violations().getFirst().what(), null));
    }

    void step(String text) {
        out.println();
        out.println("== " + text);
    }

    void show(String title, String text) {
        step(title + ":");
        text.lines().forEach(line -> out.println("  " + line));
    }

    void showLog(String title, String node) throws IOException {
        show(title + " (pm_logconv, " + node + ")", String.join("\n", logSinceMark(node)));
    }

    /** Tells why it failed, with a node's status when one is named, and returns the failed outcome. */
    Outcome fail(String why, String node) {
        step("FAILED: " + why);
        if (node != null) {
            operator(node).statusWithFailCounts().lines().forEach(line -> out.println("  " + line));
        }
        return Outcome.fail(why);
    }

    /** Stops the observer and kills every process of both hosts. */
    @Override
    public void close() throws InterruptedException {
        observer.close();
        cluster.close();
    }
}
