package org.paceline.lab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reading of a process's CPU times from Linux's {@code /proc}, in clock ticks (1/100 s
 * on Linux): its own (utime + stime, every thread of it, those ended included), its
 * waited-for children's (cutime + cstime: an agent's whole tree once the process reaped
 * it, since each shell adds what it reaped to its own), and each live thread's own.
 */
record ProcessCpu(long ownTicks, long childrenTicks, Map<Long, ThreadCpu> threads) {
    /** Clock ticks per second of {@code /proc}'s times: USER_HZ, 100 on every Linux this runs on. */
    static final int TICKS_PER_SECOND = 100;

    /** One thread: its name (at most 15 characters, as the kernel keeps it) and its own ticks. */
    record ThreadCpu(String name, long ticks) {}

    static ProcessCpu read(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        String[] fields = fieldsAfterName(Files.readString(proc.resolve("stat"), StandardCharsets.ISO_8859_1));
        var threads = new LinkedHashMap<Long, ThreadCpu>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve("task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.ISO_8859_1);
                    String[] own = fieldsAfterName(stat);
                    threads.put(Long.parseLong(task.getFileName().toString()),
                            new ThreadCpu(name(stat), ticks(own, UTIME) + ticks(own, STIME)));
                } catch (NoSuchFileException e) {
                    // The thread ended while the folder was read: its time is in the process's.
                }
            }
        }
        return new ProcessCpu(ticks(fields, UTIME) + ticks(fields, STIME), ticks(fields, CUTIME) + ticks(fields, CSTIME),
                threads);
    }

    // proc(5) numbers the fields from 1: utime is 14, stime 15, cutime 16, cstime 17. After the
    // name (field 2), field 3 (state) is index 0.
    private static final int UTIME = 14 - 3;
    private static final int STIME = 15 - 3;
    private static final int CUTIME = 16 - 3;
    private static final int CSTIME = 17 - 3;

    private static String[] fieldsAfterName(String stat) {
        // The name is in parentheses and may itself hold spaces and parentheses.
        return stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    }

    private static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    private static long ticks(String[] fields, int index) {
        return Long.parseLong(fields[index]);
    }
}
