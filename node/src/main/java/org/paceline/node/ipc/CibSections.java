package org.paceline.node.ipc;

import java.util.Optional;

/**
 * One section cut out of the CIB's XML as the writer prints it (an element per line, two
 * spaces per level), so that {@code cibadmin -Q -o resources} prints the section exactly
 * as it stands in the whole document, unindented.
 */
final class CibSections {
    private CibSections() {}

    static Optional<String> extract(String xml, String section) {
        String[] lines = xml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].stripLeading();
            if (!(text.startsWith("<" + section + ">") || text.startsWith("<" + section + " ")
                    || text.startsWith("<" + section + "/>"))) {
                continue;
            }
            int indent = lines[i].length() - text.length();
            var out = new StringBuilder();
            for (int j = i; j < lines.length; j++) {
                out.append(lines[j], Math.min(indent, leading(lines[j])), lines[j].length()).append('\n');
                String current = lines[j].stripLeading();
                boolean closes = j == i ? current.endsWith("/>") || current.contains("</" + section + ">")
                        : current.startsWith("</" + section + ">") && leading(lines[j]) == indent;
                if (closes) {
                    return Optional.of(out.toString());
                }
            }
        }
        return Optional.empty();
    }

    private static int leading(String line) {
        return line.length() - line.stripLeading().length();
    }
}
