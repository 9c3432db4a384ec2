package org.paceline.node.executor.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What Linux's {@code /proc} says about a process: its process group, and whether it still
 * runs. A zombie does not run: it waits only to be reaped by its parent.
 */
final class ProcessTable {
    private ProcessTable() {
    }

    /** The process group of {@code pid}, or empty when the process is gone or /proc unreadable. */
    static OptionalLong processGroup(long pid) {
        String[] fields = statFields(pid);
        if (fields == null || fields.length < 3) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(fields[2]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code pid} exists and is not a zombie. */
    static boolean isRunning(long pid) {
        String[] fields = statFields(pid);
        return fields != null && fields.length > 0 && !fields[0].equals("Z") && !fields[0].equals("X");
    }

    /** The fields of /proc/PID/stat after the command name: state, ppid, pgrp, ... */
    private static String[] statFields(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        // The command name is in parentheses and may itself hold spaces and parentheses.
        int end = stat.lastIndexOf(')');
        return end < 0 ? null : stat.substring(end + 1).trim().split("\\s+");
    }
}
