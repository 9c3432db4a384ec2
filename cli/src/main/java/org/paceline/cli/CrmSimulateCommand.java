package org.paceline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.scheduler.explain.ResourceExplanation;
import org.paceline.scheduler.simulation.EffectiveDate;
import org.paceline.scheduler.simulation.Injections;
import org.paceline.scheduler.simulation.Simulation;
import org.paceline.scheduler.simulation.StatusView;
import org.paceline.scheduler.simulation.TransitionGraphDot;
import org.paceline.scheduler.simulation.TransitionGraphXml;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm_simulate} (also {@code paceline simulate}): what the cluster would do with
 * a CIB, with what-if changes, and the status after doing it. Runs the scheduler
 * in-process; the options and output are crm_simulate's.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Show what the cluster would do with a CIB file, optionally after what-if changes,",
            "and with -S the status after doing it. Options and output are crm_simulate's.",
            "Exit codes: 0 done, 64 usage, 65 the input has errors, 66 no such input file,",
            "70 the transition could not complete, 73 an output file could not be written,",
            "102 no cluster to query (-L)."
        })
public final class CrmSimulateCommand implements Callable<Integer> {
    static final int EXIT_USAGE = 64;
    static final int EXIT_DATA = 65;
    static final int EXIT_NO_INPUT = 66;
    static final int EXIT_SOFTWARE = 70;
    static final int EXIT_CANNOT_CREATE = 73;
    static final int EXIT_DISCONNECTED = 102;

    @Option(names = {"-x", "--xml-file"}, paramLabel = "FILE", description = "Read the CIB from FILE (XML or crm syntax; - for standard input).")
    String xmlFile;

    @Option(names = {"-L", "--live-check"}, description = "Connect to the running cluster (the default without -x).")
    boolean liveCheck;

    @Option(names = {"-R", "--run"}, description = "Show the actions the cluster would take (the Transition Summary).")
    boolean run;

    @Option(names = {"-S", "--simulate"}, description = "Like --run, then simulate the actions and show the resulting status.")
    boolean simulate;

    @Option(names = {"-s", "--show-scores"}, description = "Show placement scores.")
    boolean showScores;

    @Option(names = {"-Q", "--quiet"}, description = "Leave out the status sections and the actions.")
    boolean quiet;

    @Option(names = {"-G", "--save-graph"}, paramLabel = "FILE", description = "Write the transition graph as XML to FILE.")
    String graphFile;

    @Option(names = {"-D", "--save-dotfile"}, paramLabel = "FILE", description = "Write the transition graph as DOT to FILE.")
    String dotFile;

    @Option(names = {"-O", "--save-output"}, paramLabel = "FILE", description = "Write the CIB after the what-if changes to FILE.")
    String outputFile;

    @Option(names = {"-t", "--set-datetime"}, paramLabel = "DATETIME", description = "Schedule as of this ISO 8601 date-time.")
    String dateTime;

    @Option(names = {"-u", "--node-up"}, paramLabel = "NODE", description = "Bring a node online.")
    List<String> nodesUp = new ArrayList<>();

    @Option(names = {"-d", "--node-down"}, paramLabel = "NODE", description = "Take a node offline.")
    List<String> nodesDown = new ArrayList<>();

    @Option(names = {"-f", "--node-fail"}, paramLabel = "NODE", description = "Mark a node as failed (it will need fencing).")
    List<String> nodesFailed = new ArrayList<>();

    @Option(names = {"-i", "--op-inject"}, paramLabel = "OP_SPEC",
            description = "Add an operation result to the history: RSC_TASK_INTERVAL@NODE=RC, e.g. rsc1_monitor_10000@node1=7.")
    List<String> operationsInjected = new ArrayList<>();

    @Option(names = {"-F", "--op-fail"}, paramLabel = "OP_SPEC",
            description = "Make that action fail with RC when simulated: RSC_TASK_INTERVAL@NODE=RC.")
    List<String> operationsFailed = new ArrayList<>();

    @Option(names = {"-q", "--quorum"}, paramLabel = "QUORUM", description = "Pretend the cluster has quorum (true) or not (false).")
    String quorum;

    @Option(names = {"-w", "--watchdog"}, paramLabel = "DEVICE", description = "Pretend a watchdog device is (true) or is not (false) available.")
    String watchdog;

    @Option(names = {"-g", "--ticket-grant"}, paramLabel = "TICKET", description = "Grant a ticket.")
    List<String> ticketsGranted = new ArrayList<>();

    @Option(names = {"-r", "--ticket-revoke"}, paramLabel = "TICKET", description = "Revoke a ticket.")
    List<String> ticketsRevoked = new ArrayList<>();

    @Option(names = {"-b", "--ticket-standby"}, paramLabel = "TICKET", description = "Make a ticket standby.")
    List<String> ticketsStandby = new ArrayList<>();

    @Option(names = {"-e", "--ticket-activate"}, paramLabel = "TICKET", description = "Activate a ticket.")
    List<String> ticketsActivated = new ArrayList<>();

    @Option(names = "--explain", paramLabel = "RSC",
            description = "Explain why RSC is (not) placed where it is: each score contribution on each node, and why each of its actions exists.")
    String explain;

    @Spec
    CommandSpec spec;

    private final StatusView view;

    public CrmSimulateCommand() {
        this(new ClusterStatusView());
    }

    CrmSimulateCommand(StatusView view) {
        this.view = view;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getCommandName(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The simulation the options ask for, printed to {@code out} and {@code err}, named
     * {@code name} in messages; returns the exit code. What {@link #call} does once picocli
     * has set the options, and {@link SimulateCommandLine} once it has.
     */
    int run(String name, PrintWriter out, PrintWriter err) {
        Parsed<Document> parsed;
        if (xmlFile == null) {
            // -L, the default: the live CIB, status included, as this node's daemon holds it.
            var socket = org.paceline.node.ipc.SocketLocation.resolve(System.getenv());
            try (var client = org.paceline.node.ipc.IpcClient.connect(socket)) {
                var reply = client.call(new org.paceline.node.ipc.IpcRequest.QueryCib(null));
                if (!(reply instanceof org.paceline.node.ipc.IpcReply.CibXml live)) {
                    err.println(name + ": could not read the live CIB: " + reply);
                    err.flush();
                    return EXIT_DISCONNECTED;
                }
                parsed = org.paceline.cib.xml.CibXmlReader.read("live CIB", live.xml());
            } catch (org.paceline.node.ipc.DaemonUnreachable e) {
                err.println(name + ": could not connect to the CIB: no Paceline daemon answers at " + socket
                        + " (use -x FILE)");
                err.flush();
                return EXIT_DISCONNECTED;
            }
        } else {
            parsed = CibFiles.read(xmlFile, System.in);
        }
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            problems(err, invalid.problems());
            boolean missing = invalid.problems().size() == 1 && invalid.problems().getFirst().message().equals("no such file");
            return missing ? EXIT_NO_INPUT : EXIT_DATA;
        }
        Cib cib = parsed.orThrow().cib();
        if ("none".equals(cib.validateWith().orElse(null))) {
            err.println("Schema validation of configuration is disabled (support for validate-with set to \"none\""
                    + " is deprecated and will be removed in a future release)");
            err.flush();
        }
        // The only clock read in a simulation: used when neither -t nor the CIB names a date.
        Parsed<EffectiveDate> date = EffectiveDate.of(cib, dateTime, ZoneId.systemDefault(), Instant.now());
        if (date instanceof Parsed.Invalid<EffectiveDate> invalid) {
            problems(err, invalid.problems());
            return EXIT_USAGE;
        }
        boolean process = run || showScores || graphFile != null || dotFile != null;
        var injections = new Injections(nodesUp, nodesDown, nodesFailed, operationsInjected, operationsFailed,
                ticketsGranted, ticketsRevoked, ticketsStandby, ticketsActivated, quorum, watchdog);
        var request = new Simulation.Request(date.orThrow(), injections, process, simulate, showScores, quiet);
        Simulation.Result result = Simulation.run(cib, request, view);
        if (explain == null || process || simulate) {
            out.print(result.output());
        }
        if (explain != null) {
            var explanation = ResourceExplanation.of(result.input(), date.orThrow().now(), explain);
            if (explanation instanceof Parsed.Invalid<List<String>> invalid) {
                out.flush();
                problems(err, invalid.problems());
                return EXIT_USAGE;
            }
            if (explain != null && (process || simulate)) {
                out.println();
            }
            out.println("Explanation of " + explain + ":");
            explanation.orThrow().forEach(line -> out.println("  " + line));
        }
        out.flush();
        result.errors().forEach(err::println);
        err.flush();
        int written = save(result, err);
        if (written != 0) {
            return written;
        }
        return result.complete() ? 0 : EXIT_SOFTWARE;
    }

    private int save(Simulation.Result result, PrintWriter err) {
        var problems = new ArrayList<Problem>();
        if (outputFile != null) {
            write(outputFile, CibXmlWriter.write(result.input()), problems);
        }
        if (graphFile != null && result.decision() != null) {
            write(graphFile, TransitionGraphXml.write(result.decision().graph()), problems);
        }
        if (dotFile != null && result.decision() != null) {
            write(dotFile, TransitionGraphDot.write(result.decision().graph()), problems);
        }
        if (problems.isEmpty()) {
            return 0;
        }
        problems(err, problems);
        return EXIT_CANNOT_CREATE;
    }

    private static void problems(PrintWriter err, List<Problem> problems) {
        problems.forEach(problem -> err.println(problem.oneLine()));
        err.flush();
    }

    private static void write(String file, String text, List<Problem> problems) {
        try {
            Files.writeString(Path.of(file), text);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            problems.add(new Problem(file, 0, 0, "cannot write: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage())));
        }
    }
}
