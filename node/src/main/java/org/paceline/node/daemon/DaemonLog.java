package org.paceline.node.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The daemon's two logs: the full log (everything, as Pacemaker's ha-log), and the
 * operational log with only what an operator acts on, in pm_logconv's wording and layout
 * ({@code Jan 5 10:51:06 pm01 error: Resource vip-master does not work. (rc=7) not running}).
 * Operational lines go to the full log too, so that one file tells the whole story.
 *
 * <p>Thread-safe: lines from any thread are written whole, in the order the calls are made.
 * A log that cannot be written never stops the daemon: the line still reaches standard error.
 */
public final class DaemonLog implements AutoCloseable {
    /** pm_logconv's and syslog's time stamp: the day of the month is not padded. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT);
    /** The full log also gives milliseconds: failover steps are timed from it. */
    private static final DateTimeFormatter FULL_STAMP = DateTimeFormatter.ofPattern("MMM d HH:mm:ss.SSS", Locale.ROOT);

    /** How much a line matters, with pm_logconv's words. */
    public enum Severity {
        INFO("info"), WARN("warning"), ERROR("error"), CRIT("crit"), DEBUG("debug");

        private final String word;

        Severity(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private final String node;
    private final InstantSource clock;
    private final ZoneId zone;
    private final Writer full;
    private final Writer operational;
    private final PrintStream console;
    private final boolean debug;

    private DaemonLog(String node, InstantSource clock, ZoneId zone, Writer full, Writer operational,
                      PrintStream console, boolean debug) {
        this.node = node;
        this.clock = clock;
        this.zone = zone;
        this.full = full;
        this.operational = operational;
        this.console = console;
        this.debug = debug;
    }

    /**
     * Opens (appending) the two files, making their folders.
     *
     * @param console where every full-log line is copied (the daemon runs in the foreground), or null
     * @throws IOException when a file cannot be opened: the start stops with that one line
     */
    public static DaemonLog open(String node, InstantSource clock, Path fullLog, Path operationalLog,
                                 PrintStream console, boolean debug) throws IOException {
        return new DaemonLog(node, clock, ZoneId.systemDefault(), writer(fullLog), writer(operationalLog), console, debug);
    }

    private static Writer writer(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A line for the full log only; {@code part} names the daemon part (controller, fencer, ...). */
    public void full(Severity severity, String part, String message) {
        if (severity == Severity.DEBUG && !debug) {
            return;
        }
        String line = FULL_STAMP.format(clock.instant().atZone(zone)) + " " + node + " paceline-" + part + ": "
                + severity.word() + ": " + message;
        synchronized (this) {
            write(full, line);
            if (console != null) {
                console.println(line);
            }
        }
    }

    /** A line for the operational log (and the full one) about this node. */
    public void operational(Severity severity, String text) {
        operational(node, severity, text);
    }

    /** A line for the operational log (and the full one) about {@code about}, as pm_logconv words it. */
    public void operational(String about, Severity severity, String text) {
        String line = STAMP.format(clock.instant().atZone(zone)) + " " + about + " " + severity.word() + ": " + text;
        synchronized (this) {
            write(operational, line);
        }
        full(severity, "logconv", about.equals(node) ? text : about + ": " + text);
    }

    /** The severity pm_logconv names with this word ({@code info}, {@code warning}, {@code error}, ...). */
    public static Severity severity(String word) {
        for (Severity severity : Severity.values()) {
            if (severity.word().equals(word)) {
                return severity;
            }
        }
        return Severity.INFO;
    }

    private void write(Writer writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            if (console != null) {
                console.println(line + "  [log not written: " + e.getMessage() + "]");
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Writer writer : new Writer[] {full, operational}) {
            try {
                writer.close();
            } catch (IOException e) {
                // Closing at exit: nothing left to tell.
            }
        }
    }
}
