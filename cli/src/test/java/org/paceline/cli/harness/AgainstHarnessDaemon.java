package org.paceline.cli.harness;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the operator faces, each against its own stand-in daemon serving the PostgreSQL
 * pair as pm01 on a socket in a fresh folder. A subclass's own {@code @BeforeEach} runs
 * after the daemon started.
 */
public abstract class AgainstHarnessDaemon {
    @TempDir
    protected Path dir;
    protected HarnessDaemon daemon;
    protected Path socket;

    @BeforeEach
    void startHarnessDaemon() throws IOException {
        socket = dir.resolve("paceline.sock");
        daemon = HarnessDaemon.start(socket, HarnessCibs.pgsqlPair(), "pm01");
    }

    @AfterEach
    void stopHarnessDaemon() throws IOException {
        daemon.close();
    }
}
