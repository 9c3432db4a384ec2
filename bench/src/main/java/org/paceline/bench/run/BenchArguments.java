package org.paceline.bench.run;

/** The values of a benchmark command's options; a mistake is an IllegalArgumentException with one line. */
public final class BenchArguments {
    private BenchArguments() {}

    /** The word after an option; {@code usage} ends the message when there is none. */
    public static String value(String[] arguments, int index, String option, String usage) {
        if (index >= arguments.length) {
            throw new IllegalArgumentException(option + " needs a value; " + usage);
        }
        return arguments[index];
    }

    /** A whole number of at least 1. */
    public static int positive(String option, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, with what was expected.
        }
        throw new IllegalArgumentException(option + ": expected a whole number of at least 1, found \"" + text + "\"");
    }
}
