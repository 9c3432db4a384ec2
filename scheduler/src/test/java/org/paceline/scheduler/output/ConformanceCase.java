package org.paceline.scheduler.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.rules.IsoDateTime;
import org.paceline.cib.xml.CibXmlReader;

/** One of Pacemaker's scheduler regression cases: its input, its arguments, its expected status block. */
record ConformanceCase(String name, String args, String tier, Path folder) {
    /** Any instant will do for a case that names none; a fixed one keeps runs repeatable. */
    static final Instant DEFAULT_INSTANT = Instant.parse("2024-01-01T00:00:00Z");

    static List<ConformanceCase> all(Path folder) throws IOException {
        var cases = new ArrayList<ConformanceCase>();
        for (String line : Files.readAllLines(folder.resolve("manifest.tsv"))) {
            String[] fields = line.split("\t", -1);
            if (fields.length < 3 || fields[0].equals("name")) {
                continue;
            }
            cases.add(new ConformanceCase(fields[0], fields[1], fields[2], folder));
        }
        return cases;
    }

    /** Whether the case's arguments change the CIB before the status is printed (-u, -d, -i, ...). */
    boolean injects() {
        for (String word : args.trim().split("\\s+")) {
            if (word.startsWith("-") && !word.equals("-t")) {
                return true;
            }
        }
        return false;
    }

    Parsed<Document> read() throws IOException {
        Path xml = folder.resolve("xml").resolve(name + ".xml");
        return CibXmlReader.read(name + ".xml", Files.readString(xml));
    }

    /** The cib's execution-date (epoch seconds), else the date of -t, else a fixed instant. */
    Instant instant(Cib cib) {
        String executionDate = cib.extras().attributes().getOrNull("execution-date");
        if (executionDate != null) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(executionDate.trim()));
            } catch (NumberFormatException e) {
                return DEFAULT_INSTANT;
            }
        }
        int at = args.indexOf("-t ");
        if (at >= 0 && IsoDateTime.parse(args.substring(at + 3).trim()) instanceof Parsed.Valid<IsoDateTime> date) {
            return date.value().toInstant(ZoneOffset.UTC);
        }
        return DEFAULT_INSTANT;
    }

    /** The summary's lines from the preamble to the end of the current status, without the CLI's own notes. */
    List<String> expected() throws IOException {
        List<String> summary = Files.readAllLines(folder.resolve("summary").resolve(name + ".summary"));
        var expected = new ArrayList<String>();
        int i = 0;
        for (; i < summary.size() && !summary.get(i).equals("Current cluster status:"); i++) {
            String line = summary.get(i);
            if (!line.startsWith("Using the original execution date") && !line.startsWith("Setting effective cluster time")
                    && !line.startsWith("Schema validation of configuration is disabled")) {
                expected.add(line);
            }
        }
        int end = i + 1;
        while (end < summary.size() && !summary.get(end).equals("Transition Summary:")) {
            end++;
        }
        if (end > i + 1 && summary.get(end - 1).isEmpty()) {
            end--;
        }
        expected.addAll(summary.subList(Math.min(i, summary.size()), Math.min(end, summary.size())));
        return expected;
    }
}
