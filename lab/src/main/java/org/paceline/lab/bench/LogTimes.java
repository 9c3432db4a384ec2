package org.paceline.lab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** When a line of a daemon's full log was written, by its millisecond time stamp. */
final class LogTimes {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss.SSS", Locale.ROOT);

    private final List<String> lines;
    private final String node;

    private LogTimes(List<String> lines, String node) {
        this.lines = lines;
        this.node = node;
    }

    static LogTimes read(Path fullLog, String node) throws IOException {
        return new LogTimes(Files.readAllLines(fullLog), node);
    }

    /** The first line at or after {@code after} that contains {@code text}. */
    Optional<Instant> first(String text, Instant after) {
        for (String line : lines) {
            if (!line.contains(text)) {
                continue;
            }
            Instant at = stamp(line);
            if (!at.isBefore(after)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    private Instant stamp(String line) {
        String text = line.substring(0, line.indexOf(' ' + node + ' '));
        return LocalDateTime.parse(Year.now() + " " + text, STAMP).atZone(ZoneId.systemDefault()).toInstant();
    }
}
