package org.paceline.bench.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One CIB both schedulers are timed on.
 *
 * @param name        the file name without {@code .xml}, or the generated shape's name
 * @param file        the CIB as written
 * @param setDatetime the date crm_simulate's {@code -t} gives it (from the folder's
 *                    {@code manifest.tsv}), or null for the CIB's own or the clock's
 * @param bucket      the size bucket it is reported in
 */
record ComparisonInput(String name, Path file, String setDatetime, String bucket) {
    /** Size buckets by file size, smallest first: most of Pacemaker's regression inputs are small. */
    static final List<String> SIZE_BUCKETS = List.of("< 4 KB", "4-16 KB", "16-64 KB", "64-256 KB", ">= 256 KB");

    /**
     * The CIBs of a folder, in name order: {@code DIR/xml/*.xml} when there is such a
     * folder (Pacemaker's regression layout, with {@code DIR/manifest.tsv} naming each
     * case's {@code -t} date), else {@code DIR/*.xml}.
     */
    static List<ComparisonInput> inFolder(Path folder) throws IOException {
        Path files = Files.isDirectory(folder.resolve("xml")) ? folder.resolve("xml") : folder;
        Map<String, String> dates = manifestDates(folder.resolve("manifest.tsv"));
        var inputs = new ArrayList<ComparisonInput>();
        try (Stream<Path> listing = Files.list(files)) {
            for (Path file : listing.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".xml") || !Files.isRegularFile(file)) {
                    continue;
                }
                String name = fileName.substring(0, fileName.length() - ".xml".length());
                inputs.add(new ComparisonInput(name, file, dates.get(name), sizeBucket(Files.size(file))));
            }
        }
        return inputs;
    }

    static String sizeBucket(long bytes) {
        long kilobytes = bytes / 1024;
        if (kilobytes < 4) {
            return SIZE_BUCKETS.get(0);
        } else if (kilobytes < 16) {
            return SIZE_BUCKETS.get(1);
        } else if (kilobytes < 64) {
            return SIZE_BUCKETS.get(2);
        } else if (kilobytes < 256) {
            return SIZE_BUCKETS.get(3);
        }
        return SIZE_BUCKETS.get(4);
    }

    ComparisonInput withFile(Path newFile) {
        return new ComparisonInput(name, newFile, setDatetime, bucket);
    }

    /** crm_simulate's arguments for this input after {@code -x FILE}. */
    List<String> dateArguments() {
        return setDatetime == null ? List.of() : List.of("-t", setDatetime);
    }

    /** The manifest's {@code -t} dates by case name; its value is the rest of the field, a date with a blank. */
    private static Map<String, String> manifestDates(Path manifest) throws IOException {
        var dates = new LinkedHashMap<String, String>();
        if (!Files.isRegularFile(manifest)) {
            return dates;
        }
        for (String line : Files.readAllLines(manifest)) {
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields[0].isBlank() || fields[0].equals("name")) {
                continue;
            }
            String arguments = fields[1].strip();
            for (String flag : List.of("-t ", "--set-datetime ")) {
                if (arguments.startsWith(flag)) {
                    dates.put(fields[0].strip(), arguments.substring(flag.length()).strip());
                }
            }
        }
        return dates;
    }
}
