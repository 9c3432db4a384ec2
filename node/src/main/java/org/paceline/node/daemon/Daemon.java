package org.paceline.node.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.executor.ExecutorSettings;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.LsbScript;
import org.paceline.node.executor.OcfAgent;
import org.paceline.node.executor.StonithPlugin;
import org.paceline.node.executor.StonithSettings;
import org.paceline.node.executor.script.ProcessScriptRunner;
import org.paceline.node.ipc.IpcServer;
import org.paceline.node.ipc.PeerCheck;
import org.paceline.node.ipc.RequestDispatch;
import org.paceline.node.ipc.SocketLocation;
import org.paceline.node.membership.ClusterKey;
import org.paceline.node.membership.JGroupsMembership;
import org.paceline.node.store.CibFiles;
import org.paceline.node.store.DiskDurableFile;
import org.paceline.node.store.RestoredCib;

/**
 * One running node: the production seams wired to a {@link NodeCore}. The only place
 * that chooses real clocks, randomness, sockets, disks and processes.
 */
public final class Daemon implements AutoCloseable {
    private final NodeConfig config;
    private final DaemonLog log;
    private final NodeLoop loop;
    private final IpcServer server;

    private Daemon(NodeConfig config, DaemonLog log, NodeLoop loop, IpcServer server) {
        this.config = config;
        this.log = log;
        this.loop = loop;
        this.server = server;
    }

    /** Why a start did not happen, in lines for standard error (file and setting named). */
    public static final class StartFailed extends Exception {
        private final List<String> lines;

        public StartFailed(List<String> lines) {
            super(String.join("; ", lines));
            this.lines = List.copyOf(lines);
        }

        public List<String> lines() {
            return lines;
        }
    }

    /**
     * Starts a node: reads the key, restores the CIB, opens the logs and the socket, joins the cluster.
     *
     * @param console where the full log is copied (the foreground daemon's standard error), or null
     */
    public static Daemon start(NodeConfig config, PrintStream console, boolean debug) throws StartFailed {
        InstantSource clock = InstantSource.system();
        ClusterKey key = switch (ClusterKey.read(config.keyFile())) {
            case Parsed.Valid<ClusterKey> valid -> valid.value();
            case Parsed.Invalid<ClusterKey> invalid -> throw new StartFailed(lines(invalid.problems()));
        };
        Path home = PacelineHome.find().orElseThrow(() -> new StartFailed(List.of(
                "paceline node start: the Paceline tree is unknown; start it through the paceline launcher")));
        for (Path folder : List.of(config.stateDirectory(), config.agentTemporary(), config.agentRun())) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StartFailed(List.of(folder + ": cannot create: " + e.getMessage()));
            }
        }
        var files = new CibFiles(new DiskDurableFile(), config.stateDirectory());
        RestoredCib restored = switch (files.load()) {
            case Parsed.Valid<RestoredCib> valid -> valid.value();
            case Parsed.Invalid<RestoredCib> invalid -> throw new StartFailed(lines(invalid.problems()));
        };
        DaemonLog log;
        try {
            log = DaemonLog.open(config.nodeName(), clock, config.logFile(), config.operationalLog(), console, debug);
        } catch (IOException e) {
            throw new StartFailed(List.of(config.logFile() + ": cannot open the log: " + e.getMessage()));
        }
        try {
            return wire(config, home, clock, key, files, restored, log);
        } catch (StartFailed failed) {
            failed.lines().forEach(line -> log.full(DaemonLog.Severity.CRIT, "daemon", line));
            log.close();
            throw failed;
        }
    }

    private static Daemon wire(NodeConfig config, Path home, InstantSource clock, ClusterKey key, CibFiles files,
                               RestoredCib restored, DaemonLog log) throws StartFailed {
        for (Problem damaged : restored.damaged()) {
            log.full(DaemonLog.Severity.ERROR, "cib", "damaged copy not loaded: " + damaged.oneLine());
        }
        log.full(DaemonLog.Severity.INFO, "daemon", "starting node " + config.nodeName() + " of cluster "
                + config.clusterName() + " with CIB version " + restored.cib().version()
                + restored.source().map(source -> " from " + source).orElse(" (new)")
                + "; key " + key.fingerprint());
        Path fenceAgents;
        try {
            fenceAgents = AgentDirectory.fenceAgents(config.stateDirectory(),
                    List.of(Path.of("/usr/sbin"), home.resolve("node/src/main/agents/fence")));
        } catch (IOException e) {
            throw new StartFailed(List.of(config.stateDirectory() + ": cannot link the fence agents: " + e.getMessage()));
        }
        var settings = ExecutorSettings.debian(config.nodeName(), Integer.toString(config.self().id()),
                        home.resolve("sbin"))
                .withFenceDirectory(fenceAgents)
                .withRunDirectories(config.agentTemporary(), config.agentRun());
        var runner = runner(config);
        var agents = new AgentRuns(new OcfAgent(runner, clock, settings), new LsbScript(runner, clock, settings),
                new FenceAgent(runner, clock, settings),
                new StonithPlugin(runner, clock, settings, StonithSettings.debian(home)), clock);
        var membership = new JGroupsMembership(config.membership(key));
        var core = new NodeCore(config, declared(restored.cib()), new SplittableRandom(), clock.instant());
        var loop = new NodeLoop(core, membership, files, agents, log, clock);
        IpcServer server;
        try {
            Files.createDirectories(config.socket().toAbsolutePath().getParent());
            server = IpcServer.start(config.socket(), new RequestDispatch(new DaemonFaces(loop, config, clock), clock,
                    ZoneId.systemDefault()), PeerCheck.haclient());
        } catch (IOException e) {
            throw new StartFailed(List.of(config.socket() + ": cannot listen: " + e.getMessage()));
        }
        try {
            loop.start();
        } catch (IllegalStateException e) {
            closeQuietly(server);
            throw new StartFailed(List.of(config.nodeName() + ": cannot join the cluster: " + e.getMessage()));
        }
        return new Daemon(config, log, loop, server);
    }

    /**
     * Agents run with the node's socket in their environment, a test host's mark when this
     * node is one, and the faces' own overrides when the daemon was given them (tests run the
     * faces from a build's class path, before any launcher prepared them).
     */
    private static ProcessScriptRunner runner(NodeConfig config) {
        var runner = new ProcessScriptRunner().withVariable(SocketLocation.VARIABLE, config.socket().toString());
        for (String passed : List.of("PACELINE_JAVA", "PACELINE_FACES_CLASSPATH")) {
            String value = System.getenv(passed);
            if (value != null) {
                runner = runner.withVariable(passed, value);
            }
        }
        String testHost = System.getenv(ProcessScriptRunner.TEST_HOST_VARIABLE);
        return testHost == null ? runner : runner.markingTestHost(testHost);
    }

    public NodeConfig config() {
        return config;
    }

    public NodeLoop loop() {
        return loop;
    }

    /**
     * Stops this node as Pacemaker does on SIGTERM: its resources stop (or move) first,
     * then it leaves the cluster. Waits at most {@code patience} for the stops.
     */
    public void shutdown(java.time.Duration patience) throws InterruptedException {
        log.full(DaemonLog.Severity.INFO, "daemon", "stopping node " + config.nodeName());
        loop.submit(new NodeEvent.ShutdownRequested());
        try {
            loop.shutdownReady().get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.full(DaemonLog.Severity.WARN, "daemon", "leaving before everything here stopped: " + e.getMessage());
        }
        close();
    }

    /** Leaves the cluster at once and closes the socket and the logs. */
    @Override
    public void close() throws InterruptedException {
        closeQuietly(server);
        loop.close();
        log.full(DaemonLog.Severity.INFO, "daemon", "node " + config.nodeName() + " stopped");
        log.close();
    }

    private static void closeQuietly(IpcServer server) {
        try {
            server.close();
        } catch (IOException e) {
            // The socket file goes with the process; nothing else to do.
        }
    }

    /**
     * A new node's empty CIB declares the schema Paceline writes, as a CIB Pacemaker
     * creates does: without it, Pacemaker's tools say validation is off.
     */
    private static org.paceline.cib.Cib declared(org.paceline.cib.Cib cib) {
        if (cib.validateWith().isPresent()) {
            return cib;
        }
        var extras = new org.paceline.cib.Extras(cib.extras().attributes().with("validate-with",
                org.paceline.cib.crm.CrmReader.SCHEMA), cib.extras().children());
        return new org.paceline.cib.Cib(cib.version(), cib.configuration(), cib.status(), extras);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::oneLine).toList();
    }
}
