package org.paceline.node.executor.script;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.paceline.node.executor.script.ScriptOutcome.Ending;

/**
 * The production {@link ScriptRunner}: each program runs as a child process in a process
 * group of its own (started through util-linux's {@code setsid}), with exactly the call's
 * environment (plus, for a test cluster's host, the {@link #markingTestHost mark}), its
 * standard output and error kept up to a limit each.
 *
 * <p>On timeout or cancel the whole group, and every descendant still known, gets SIGTERM,
 * then SIGKILL after a grace period: an agent that timed out leaves no child behind. A
 * program that exits by itself is not followed further: what it started on purpose (a
 * daemon) lives on.
 *
 * <p>Thread rule: {@code start} returns at once; each run is watched by one virtual thread,
 * its two output streams are read by two more (and its input, when there is any, written by
 * a third): no platform thread is created for a run.
 */
public final class ProcessScriptRunner implements ScriptRunner {
    /** How much of each output stream is kept: 64 KiB. */
    public static final int DEFAULT_OUTPUT_LIMIT_BYTES = 64 * 1024;
    /** How long a program may take to end after SIGTERM before it gets SIGKILL. */
    public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(2);

    /** How long output is still awaited after the program ended: a daemon it started may hold the pipes for ever. */
    private static final Duration OUTPUT_DRAIN = Duration.ofMillis(250);
    private static final Duration POLL = Duration.ofMillis(10);
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final List<Path> KILL = List.of(Path.of("/usr/bin/kill"), Path.of("/bin/kill"));

    /**
     * The variable that marks every process of one host of a test cluster on one machine;
     * the test fence agent {@code fence_paceline_test} powers a host off by killing the
     * processes that carry it.
     */
    public static final String TEST_HOST_VARIABLE = "PACELINE_TEST_HOST";

    private final Duration killGrace;
    private final int outputLimitBytes;
    private final Path setsid;
    private final Path kill;
    /** Variables every program gets beside its call's own environment (the test host's mark, the socket). */
    private final Map<String, String> added;

    public ProcessScriptRunner() {
        this(DEFAULT_KILL_GRACE, DEFAULT_OUTPUT_LIMIT_BYTES);
    }

    public ProcessScriptRunner(Duration killGrace, int outputLimitBytes) {
        this(killGrace, outputLimitBytes, Map.of());
    }

    private ProcessScriptRunner(Duration killGrace, int outputLimitBytes, Map<String, String> added) {
        this.killGrace = killGrace;
        this.outputLimitBytes = outputLimitBytes;
        this.setsid = firstExecutable(SETSID);
        this.kill = firstExecutable(KILL);
        this.added = Map.copyOf(added);
    }

    /**
     * A runner that also gives every program {@value #TEST_HOST_VARIABLE}={@code host}, so that
     * what agents start and leave running (daemons, which leave the process tree) is still
     * found as the host's when the test fence agent powers it off. For test clusters only:
     * the daemon uses it when it was itself started with that variable.
     */
    public ProcessScriptRunner markingTestHost(String host) {
        return withVariable(TEST_HOST_VARIABLE, host);
    }

    /**
     * A runner that also gives every program this variable: what the node's own command
     * faces need to find its daemon ({@code PACELINE_SOCKET}) when several run on one machine.
     */
    public ProcessScriptRunner withVariable(String name, String value) {
        var more = new java.util.LinkedHashMap<>(added);
        more.put(name, value);
        return new ProcessScriptRunner(killGrace, outputLimitBytes, more);
    }

    @Override
    public RunHandle start(ScriptCall call, Duration timeout) {
        Path executable = call.executable();
        if (!Files.exists(executable)) {
            return RunHandle.finished(ScriptOutcome.notStarted(Ending.NOT_FOUND, executable + ": no such file"));
        }
        if (Files.isDirectory(executable) || !Files.isExecutable(executable)) {
            return RunHandle.finished(ScriptOutcome.notStarted(Ending.NOT_EXECUTABLE, executable + ": not executable"));
        }
        Process process;
        try {
            process = processBuilder(call).start();
        } catch (IOException | RuntimeException e) {
            // A name or value ProcessBuilder refuses ('=' or NUL) lands here too.
            return RunHandle.finished(ScriptOutcome.notStarted(Ending.FAILED_TO_START,
                    call.commandLine() + ": " + e.getMessage()));
        }
        var run = new Run(process);
        run.begin(call.stdin(), timeout);
        return run;
    }

    private ProcessBuilder processBuilder(ScriptCall call) {
        var command = new ArrayList<String>();
        if (setsid != null) {
            // --wait: should setsid have to fork, its exit status is still the program's.
            command.add(setsid.toString());
            command.add("--wait");
        }
        command.add(call.executable().toString());
        command.addAll(call.arguments());
        var builder = new ProcessBuilder(command).directory(call.workingDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(call.environment());
        if (!added.isEmpty()) {
            builder.environment().putAll(added);
        }
        return builder;
    }

    private static Path firstExecutable(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** One running program, watched until it ends. */
    private final class Run implements RunHandle {
        private final Process process;
        private final CompletableFuture<ScriptOutcome> result = new CompletableFuture<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private OutputSink stdout;
        private OutputSink stderr;
        private volatile Thread watcher;

        Run(Process process) {
            this.process = process;
        }

        @Override
        public CompletableFuture<ScriptOutcome> result() {
            return result;
        }

        @Override
        public OptionalLong pid() {
            // setsid runs the program in place (a child of the JVM leads no group): this is the program's.
            return OptionalLong.of(process.pid());
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true) && !result.isDone()) {
                watcher.interrupt();
            }
        }

        void begin(byte[] stdin, Duration timeout) {
            String name = "paceline-script-" + process.pid();
            stdout = OutputSink.reading(process.getInputStream(), outputLimitBytes, name + "-stdout");
            stderr = OutputSink.reading(process.getErrorStream(), outputLimitBytes, name + "-stderr");
            if (stdin.length == 0) {
                // An OCF agent reads nothing: its input ends at once, with no thread to feed it.
                feed(stdin);
            } else {
                Thread.ofVirtual().name(name + "-stdin").start(() -> feed(stdin));
            }
            watcher = Thread.ofVirtual().name(name).start(() -> watch(timeout));
        }

        private void feed(byte[] stdin) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException e) {
                // The program ended or closed its input without reading everything: its own business.
            }
        }

        private void watch(Duration timeout) {
            Ending ending;
            try {
                ending = process.waitFor(nanos(timeout), TimeUnit.NANOSECONDS) ? Ending.EXITED : Ending.TIMED_OUT;
            } catch (InterruptedException e) {
                ending = Ending.CANCELLED;
            }
            Thread.interrupted();
            if (ending != Ending.EXITED && process.isAlive()) {
                terminate();
            } else {
                ending = Ending.EXITED;
            }
            int exitCode = awaitExit();
            stdout.awaitEnd(OUTPUT_DRAIN);
            stderr.awaitEnd(OUTPUT_DRAIN);
            result.complete(new ScriptOutcome(ending, ending == Ending.EXITED ? exitCode : -1,
                    stdout.captured(), stderr.captured(), ""));
        }

        /** SIGTERM to the group and every known descendant, SIGKILL to whatever outlives the grace. */
        private void terminate() {
            OptionalLong group = ownGroup();
            List<ProcessHandle> family = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
            group.ifPresent(pgid -> signalGroup("TERM", pgid));
            family.forEach(ProcessHandle::destroy);
            if (!allGone(family, group)) {
                group.ifPresent(pgid -> signalGroup("KILL", pgid));
                Stream.concat(family.stream(), process.descendants()).forEach(ProcessHandle::destroyForcibly);
            }
        }

        /** The program's process group when it has one of its own: never the JVM's group. */
        private OptionalLong ownGroup() {
            OptionalLong group = ProcessTable.processGroup(process.pid());
            OptionalLong mine = ProcessTable.processGroup(ProcessHandle.current().pid());
            if (group.isEmpty() || (mine.isPresent() && mine.getAsLong() == group.getAsLong())) {
                return OptionalLong.empty();
            }
            return group;
        }

        private boolean allGone(List<ProcessHandle> family, OptionalLong group) {
            long deadline = System.nanoTime() + killGrace.toNanos();
            while (System.nanoTime() < deadline) {
                boolean running = process.isAlive()
                        || family.stream().anyMatch(member -> ProcessTable.isRunning(member.pid()));
                if (!running && group.isEmpty()) {
                    return true;
                }
                if (!running && signalGroup("0", group.getAsLong()) != 0) {
                    return true;
                }
                try {
                    Thread.sleep(POLL);
                } catch (InterruptedException e) {
                    return false;
                }
            }
            return false;
        }

        /** Sends a signal to a whole process group through kill(1); its exit status (0: some member got it). */
        private int signalGroup(String signal, long pgid) {
            if (kill == null) {
                return -1;
            }
            try {
                Process killer = new ProcessBuilder(kill.toString(), "-s", signal, "--", "-" + pgid)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!killer.waitFor(5, TimeUnit.SECONDS)) {
                    killer.destroyForcibly();
                    return -1;
                }
                return killer.exitValue();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private int awaitExit() {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    // A late cancel: the program is already on its way out.
                }
            }
        }
    }

    private static long nanos(Duration timeout) {
        try {
            return Math.max(0, timeout.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
