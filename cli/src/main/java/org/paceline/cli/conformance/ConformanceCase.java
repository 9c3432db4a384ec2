package org.paceline.cli.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One regression case: its input CIB, what Pacemaker's crm_simulate printed for it, the
 * extra arguments its run takes and its tier.
 *
 * @param arguments the manifest's extra crm_simulate arguments ({@code -t 2005-020}), split on blanks
 * @param tier      core or extended
 */
public record ConformanceCase(String name, Path input, Path summary, List<String> arguments, String tier) {
    public ConformanceCase {
        arguments = List.copyOf(arguments);
    }

    /**
     * The cases in a folder laid out as {@code xml/NAME.xml}, {@code summary/NAME.summary}
     * and {@code manifest.tsv} ({@code name<TAB>args<TAB>tier<TAB>...}), in name order. A
     * case missing from the manifest takes no arguments and counts as core.
     */
    public static List<ConformanceCase> inFolder(Path folder) throws IOException {
        Map<String, String[]> manifest = manifest(folder.resolve("manifest.tsv"));
        var cases = new ArrayList<ConformanceCase>();
        Path summaries = folder.resolve("summary");
        try (Stream<Path> files = Files.list(folder.resolve("xml"))) {
            for (Path input : files.sorted().toList()) {
                String file = input.getFileName().toString();
                if (!file.endsWith(".xml")) {
                    continue;
                }
                String name = file.substring(0, file.length() - 4);
                Path summary = summaries.resolve(name + ".summary");
                if (!Files.isRegularFile(summary)) {
                    continue;
                }
                String[] row = manifest.get(name);
                String arguments = row != null && row.length > 1 ? row[1].strip() : "";
                String tier = row != null && row.length > 2 && !row[2].isBlank() ? row[2].strip() : "core";
                cases.add(new ConformanceCase(name, input, summary,
                        arguments.isEmpty() ? List.of() : List.of(arguments.split("\\s+")), tier));
            }
        }
        return cases;
    }

    /**
     * The arguments the case runs with: crm_simulate's {@code -x NAME.xml -S}, then the
     * manifest's; {@code -t}'s value takes the rest of the line, as it is a date with a blank.
     */
    public List<String> commandLine() {
        var line = new ArrayList<>(List.of("-x", input.toString(), "-S"));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ((argument.equals("-t") || argument.equals("--set-datetime")) && i + 1 < arguments.size()) {
                line.add(argument);
                line.add(String.join(" ", arguments.subList(i + 1, arguments.size())));
                break;
            }
            line.add(argument);
        }
        return line;
    }

    private static Map<String, String[]> manifest(Path file) throws IOException {
        var rows = new LinkedHashMap<String, String[]>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t", -1);
            if (fields.length > 0 && !fields[0].isBlank() && !fields[0].equals("name")) {
                rows.put(fields[0].strip(), fields);
            }
        }
        return rows;
    }
}
