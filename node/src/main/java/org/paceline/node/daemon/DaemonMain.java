package org.paceline.node.daemon;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.config.NodeConfigReader;

/**
 * {@code paceline node start}: runs this node's daemon in the foreground until SIGTERM or
 * SIGINT. A plain main, without the command-line library, so that the lab starts daemons
 * from the node module alone. Exit codes: 0 after a clean stop, 64 usage, 78 a
 * configuration problem (sysexits' EX_CONFIG, as pacemakerd), 1 any other failure to start.
 */
public final class DaemonMain {
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_CONFIG = 78;
    public static final String DEFAULT_CONFIG = "/etc/paceline/paceline.conf";
    /** How long a stopping node waits for its resources to stop before it leaves anyway. */
    static final java.time.Duration SHUTDOWN_PATIENCE = java.time.Duration.ofMinutes(20);

    private DaemonMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args));
    }

    /** Runs until stopped; returns the exit code. */
    public static int run(String... args) throws InterruptedException {
        Path configFile = Path.of(DEFAULT_CONFIG);
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config", "-c" -> {
                    if (i + 1 == args.length) {
                        System.err.println("paceline node start: --config needs a file");
                        return EXIT_USAGE;
                    }
                    configFile = Path.of(args[++i]);
                }
                case "--debug" -> debug = true;
                default -> {
                    System.err.println("paceline node start: unknown option \"" + args[i]
                            + "\" (usage: paceline node start [--config FILE] [--debug])");
                    return EXIT_USAGE;
                }
            }
        }
        NodeConfig config = switch (NodeConfigReader.read(configFile, hostName())) {
            case Parsed.Valid<NodeConfig> valid -> valid.value();
            case Parsed.Invalid<NodeConfig> invalid -> {
                invalid.problems().stream().map(Problem::oneLine).forEach(System.err::println);
                yield null;
            }
        };
        if (config == null) {
            return EXIT_CONFIG;
        }
        Daemon daemon;
        try {
            daemon = Daemon.start(config, System.err, debug);
        } catch (Daemon.StartFailed failed) {
            failed.lines().forEach(System.err::println);
            return EXIT_CONFIG;
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                // SIGTERM: stop what runs here cleanly, as systemd's stop of Pacemaker does.
                daemon.shutdown(SHUTDOWN_PATIENCE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** This host's name as Pacemaker takes it: {@code uname -n}, up to the first dot, lower case. */
    static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            int dot = name.indexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
