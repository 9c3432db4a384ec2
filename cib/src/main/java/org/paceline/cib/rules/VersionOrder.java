package org.paceline.cib.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * How the {@code version} type of a rule expression orders dotted versions: part by part
 * as numbers, so {@code 1.10 > 1.9}; a missing part counts as 0, so {@code 1.0 == 1}.
 *
 * <p>Each part's value is its leading digits (0 when it has none; anything after them in the
 * part is ignored), so every text has a place in the order. The order is total, and two
 * texts compare equal exactly when their {@link #normalise normalised} forms are equal.
 */
public final class VersionOrder {
    private VersionOrder() {}

    /** Negative, zero or positive as {@code a} is older than, the same as or newer than {@code b}. */
    public static int compare(String a, String b) {
        List<String> left = parts(a);
        List<String> right = parts(b);
        int n = Math.max(left.size(), right.size());
        for (int i = 0; i < n; i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            int cmp = compareDigits(l, r);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    /** The canonical spelling: parts as plain numbers, trailing zero parts dropped ("0" at least). */
    public static String normalise(String version) {
        List<String> parts = parts(version);
        var out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(part.isEmpty() ? "0" : part);
        }
        return out.isEmpty() ? "0" : out.toString();
    }

    /** Each part's leading digits without leading zeros ("" for 0), trailing zero parts dropped. */
    private static List<String> parts(String version) {
        var parts = new ArrayList<String>();
        int length = version.length();
        int start = 0;
        while (start <= length) {
            int end = version.indexOf('.', start);
            if (end < 0) {
                end = length;
            }
            int digitsEnd = start;
            while (digitsEnd < end && TextCursor.isDigit(version.charAt(digitsEnd))) {
                digitsEnd++;
            }
            int digitsStart = start;
            while (digitsStart < digitsEnd && version.charAt(digitsStart) == '0') {
                digitsStart++;
            }
            parts.add(version.substring(digitsStart, digitsEnd));
            start = end + 1;
        }
        while (!parts.isEmpty() && parts.getLast().isEmpty()) {
            parts.removeLast();
        }
        return parts;
    }

    /** Compares digit strings without leading zeros as numbers of any size. */
    private static int compareDigits(String a, String b) {
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return Integer.signum(a.compareTo(b));
    }
}
