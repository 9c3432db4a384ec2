package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.paceline.scheduler.state.ClusterNode;

/**
 * The order Pacemaker keeps nodes in while scheduling: by name, ignoring case, with runs
 * of digits compared as numbers ({@code node2} before {@code node10}).
 */
final class NodeOrder {
    private NodeOrder() {}

    static final Comparator<ClusterNode> BY_NAME = (a, b) -> compare(a.name(), b.name());

    static List<ClusterNode> sorted(List<ClusterNode> nodes) {
        var copy = new ArrayList<>(nodes);
        copy.sort(BY_NAME);
        return copy;
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endX = i;
                while (endX < a.length() && Character.isDigit(a.charAt(endX))) {
                    endX++;
                }
                int endY = j;
                while (endY < b.length() && Character.isDigit(b.charAt(endY))) {
                    endY++;
                }
                String numberX = a.substring(i, endX).replaceFirst("^0+(?=.)", "");
                String numberY = b.substring(j, endY).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numberX.length(), numberY.length());
                int byDigits = byLength != 0 ? byLength : numberX.compareTo(numberY);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endX;
                j = endY;
                continue;
            }
            int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (byChar != 0) {
                return byChar;
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
