package org.paceline.lab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The idle measurement counts a process's own CPU and its reaped children's apart. */
class ProcessCpuTest {
    @Test
    void read_ownWorkAndAReapedChildsWork_landInTheirOwnCounts() throws Exception {
        long pid = ProcessHandle.current().pid();
        ProcessCpu before = ProcessCpu.read(pid);
        // A child that burns about 0.3 s of CPU in a shell loop, waited for by this process.
        Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done")
                .inheritIO().start();
        child.waitFor();
        ProcessCpu afterChild = ProcessCpu.read(pid);
        long spin = System.nanoTime() + 300_000_000L;
        long sum = 0;
        while (System.nanoTime() < spin) {
            sum += sum * 31 + 7;
        }
        ProcessCpu afterSpin = ProcessCpu.read(pid);
        long childTicks = afterChild.childrenTicks() - before.childrenTicks();
        long spinTicks = afterSpin.ownTicks() - afterChild.ownTicks();
        assertTrue(childTicks >= 10, "the child's ticks: " + childTicks);
        assertTrue(spinTicks >= 20, "this process's ticks: " + spinTicks + " (" + sum + ")");
        assertTrue(afterSpin.childrenTicks() == afterChild.childrenTicks(), "this process's work counted as a child's");
        assertTrue(afterSpin.threads().containsKey(pid), "the main thread is one of the threads read");
    }
}
