package org.paceline.cib.rules;

import java.util.OptionalInt;

import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;

/**
 * Pacemaker's score arithmetic: integers bounded by ±{@link #INFINITY}, where
 * -INFINITY ("never") outweighs +INFINITY ("must").
 *
 * <p>Scores are plain {@code int}s so that the scheduler can add millions of them without
 * allocating; every method here except {@link #format} and {@link #read} is allocation-free.
 */
public final class Score {
    /** The largest score; anything at or beyond it means "must" (or, negated, "never"). */
    public static final int INFINITY = 1_000_000;

    private Score() {}

    /**
     * The score written in {@code text}, read as Pacemaker reads scores in the CIB:
     * {@code INFINITY}, {@code +INFINITY}, {@code -INFINITY} and crm's {@code inf},
     * {@code +inf}, {@code -inf} in any case; {@code red}, {@code yellow} and {@code green}
     * with their default values; otherwise the leading integer (surrounding text is ignored,
     * as Pacemaker does), bounded to ±INFINITY. Null or text with no integer gives 0.
     */
    public static int parse(String text) {
        return parse(text, NodeHealthScores.DEFAULT, 0);
    }

    /** As {@link #parse(String)}, with the node-health words taking the given values. */
    public static int parse(String text, NodeHealthScores health) {
        return parse(text, health, 0);
    }

    /**
     * The score written in {@code text}, or empty when the text is not exactly a score
     * (an infinity, a health word, or an optionally signed integer with nothing after it but
     * blanks). Out-of-range integers are bounded to ±INFINITY, not refused.
     */
    public static OptionalInt parseStrict(String text, NodeHealthScores health) {
        if (text == null) {
            return OptionalInt.empty();
        }
        int word = wordScore(text, health);
        if (word != NOT_A_WORD) {
            return OptionalInt.of(word);
        }
        long value = scanInteger(text, true);
        return value == NOT_AN_INTEGER ? OptionalInt.empty() : OptionalInt.of((int) value);
    }

    /**
     * The score in {@code text}, or a problem placed at the element with id {@code id}
     * saying what a score looks like.
     */
    public static Parsed<Integer> read(String text, NodeHealthScores health, SourceMap sources, String id) {
        OptionalInt score = parseStrict(text, health);
        if (score.isPresent()) {
            return Parsed.valid(score.getAsInt());
        }
        String shown = text == null ? "nothing" : "\"" + text + "\"";
        return Parsed.invalid(sources.problem(id, "expected a score (an integer, INFINITY, -INFINITY, "
                + "red, yellow or green) but found " + shown));
    }

    /**
     * The sum of two scores as Pacemaker adds them: -INFINITY wins over everything, then
     * +INFINITY over finite values; a finite sum is bounded to ±INFINITY.
     *
     * <p>Commutative, but associative only when an operand is -INFINITY or no finite partial
     * sum reaches an infinity: (900000 + 900000) + -900000 is INFINITY, while
     * 900000 + (900000 + -900000) is 900000; and a finite sum clamped to -INFINITY beats
     * +INFINITY, so INFINITY + (-999999 + -999999) is -INFINITY.
     */
    public static int add(int a, int b) {
        if (a <= -INFINITY || b <= -INFINITY) {
            return -INFINITY;
        }
        if (a >= INFINITY || b >= INFINITY) {
            return INFINITY;
        }
        return clamp((long) a + b);
    }

    /**
     * A score multiplied by a factor as Pacemaker weighs a colocated resource's node scores:
     * the product taken in single precision, rounded half away from zero, bounded to
     * ±INFINITY. A product that rounds to 0 from a non-zero score becomes 1 or -1 with the
     * sign of the factor (not of the product, as Pacemaker does), so that small factors do not
     * erase small preferences.
     */
    public static int scale(int score, float factor) {
        float product = factor * score;
        long rounded = product < 0 ? (long) (product - 0.5) : (long) (product + 0.5);
        if (rounded == 0 && score != 0) {
            if (factor > 0) {
                rounded = 1;
            } else if (factor < 0) {
                rounded = -1;
            }
        }
        return clamp(rounded);
    }

    /**
     * The factor a colocation of score {@code colocationScore} passes on when the caller's own
     * factor is {@code factor}: {@code factor * colocationScore / INFINITY}, in single
     * precision as Pacemaker computes it.
     */
    public static float colocationFactor(float factor, int colocationScore) {
        return factor * colocationScore / (float) INFINITY;
    }

    /** The score as Pacemaker prints it: "INFINITY", "-INFINITY" or the integer. */
    public static String format(int score) {
        if (score >= INFINITY) {
            return "INFINITY";
        }
        if (score <= -INFINITY) {
            return "-INFINITY";
        }
        return Integer.toString(score);
    }

    /** Whether the score is +INFINITY or -INFINITY (or beyond). */
    public static boolean isInfinite(int score) {
        return score >= INFINITY || score <= -INFINITY;
    }

    /** The value bounded to ±INFINITY. */
    public static int clamp(long value) {
        if (value >= INFINITY) {
            return INFINITY;
        }
        if (value <= -INFINITY) {
            return -INFINITY;
        }
        return (int) value;
    }

    private static final int NOT_A_WORD = Integer.MIN_VALUE;
    private static final long NOT_AN_INTEGER = Long.MIN_VALUE;

    private static int parse(String text, NodeHealthScores health, int fallback) {
        if (text == null) {
            return fallback;
        }
        int word = wordScore(text, health);
        if (word != NOT_A_WORD) {
            return word;
        }
        long value = scanInteger(text, false);
        return value == NOT_AN_INTEGER ? fallback : (int) value;
    }

    private static int wordScore(String text, NodeHealthScores health) {
        if (isWord(text, "INFINITY") || isWord(text, "+INFINITY") || isWord(text, "inf") || isWord(text, "+inf")) {
            return INFINITY;
        }
        if (isWord(text, "-INFINITY") || isWord(text, "-inf")) {
            return -INFINITY;
        }
        if (isWord(text, "red")) {
            return health.red();
        }
        if (isWord(text, "yellow")) {
            return health.yellow();
        }
        if (isWord(text, "green")) {
            return health.green();
        }
        return NOT_A_WORD;
    }

    private static boolean isWord(String text, String word) {
        return text.length() == word.length() && text.regionMatches(true, 0, word, 0, word.length());
    }

    /**
     * The leading integer bounded to ±INFINITY, C's strtoll style: blanks, a sign, digits.
     * Strict mode also refuses anything but blanks after the digits.
     */
    private static long scanInteger(String text, boolean strict) {
        int length = text.length();
        int i = 0;
        while (i < length && isBlank(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long magnitude = 0;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            // Anything past INFINITY is INFINITY: stop growing so that long never overflows.
            if (magnitude <= INFINITY) {
                magnitude = magnitude * 10 + (text.charAt(i) - '0');
            }
            i++;
        }
        if (i == digitsStart) {
            return NOT_AN_INTEGER;
        }
        if (strict) {
            while (i < length && isBlank(text.charAt(i))) {
                i++;
            }
            if (i < length) {
                return NOT_AN_INTEGER;
            }
        }
        return clamp(negative ? -magnitude : magnitude);
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
