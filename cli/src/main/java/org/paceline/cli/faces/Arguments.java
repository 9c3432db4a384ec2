package org.paceline.cli.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command line read the way Pacemaker's tools read theirs: short options that may be
 * bundled ({@code -rfA}) and take a value attached or as the next word, long options
 * with {@code =VALUE} or the next word, and operands. Hand-written rather than picocli:
 * an agent calls these faces many times a second and each start-up millisecond counts.
 *
 * @param options the options in the order given, each by its short name (a long-only
 *                option by its long name); a value-less option's value is null
 */
record Arguments(List<Option> options, List<String> operands) {

    /** One option as given. */
    record Option(String name, String value) {}

    /** A mistake on the command line: the face prints it and exits with CRM_EX_USAGE. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads {@code args}.
     *
     * @param shortSpec getopt-style: each letter an option, {@code :} after it when it takes a
     *                  value, {@code ::} when the value is optional (attached, or a next word
     *                  that does not start with {@code -})
     * @param longNames long name to short name (or to itself for a long-only option), the long
     *                  name ending in {@code :} or {@code ::} the same way
     */
    static Arguments parse(String[] args, String shortSpec, Map<String, String> longNames) throws UsageError {
        var options = new ArrayList<Option>();
        var operands = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                operands.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = arg.substring(2, equals < 0 ? arg.length() : equals);
                String key = longKey(longNames, name);
                if (key == null) {
                    throw new UsageError("unrecognized option '--" + name + "'");
                }
                String mode = key.substring(name.length());
                String shortName = longNames.get(key);
                if (mode.isEmpty()) {
                    if (equals >= 0) {
                        throw new UsageError("option '--" + name + "' takes no value");
                    }
                    options.add(new Option(shortName, null));
                } else if (equals >= 0) {
                    options.add(new Option(shortName, arg.substring(equals + 1)));
                } else if (mode.equals("::")) {
                    boolean next = i + 1 < args.length && !args[i + 1].startsWith("-");
                    options.add(new Option(shortName, next ? args[++i] : null));
                } else if (i + 1 < args.length) {
                    options.add(new Option(shortName, args[++i]));
                } else {
                    throw new UsageError("option '--" + name + "' needs a value");
                }
                continue;
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                for (int j = 1; j < arg.length(); j++) {
                    char letter = arg.charAt(j);
                    int at = shortSpec.indexOf(letter);
                    if (at < 0 || letter == ':') {
                        throw new UsageError("invalid option -- '" + letter + "'");
                    }
                    boolean takes = at + 1 < shortSpec.length() && shortSpec.charAt(at + 1) == ':';
                    boolean optional = takes && at + 2 < shortSpec.length() && shortSpec.charAt(at + 2) == ':';
                    String name = String.valueOf(letter);
                    if (!takes) {
                        options.add(new Option(name, null));
                        continue;
                    }
                    if (j + 1 < arg.length()) {
                        options.add(new Option(name, arg.substring(j + 1)));
                    } else if (optional) {
                        boolean next = i + 1 < args.length && !args[i + 1].startsWith("-");
                        options.add(new Option(name, next ? args[++i] : null));
                    } else if (i + 1 < args.length) {
                        options.add(new Option(name, args[++i]));
                    } else {
                        throw new UsageError("option requires an argument -- '" + letter + "'");
                    }
                    break;
                }
                continue;
            }
            operands.add(arg);
        }
        return new Arguments(List.copyOf(options), List.copyOf(operands));
    }

    boolean has(String name) {
        // A loop, not a stream: streams' first use costs a face measurable start-up time.
        for (Option option : options) {
            if (option.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The last value given for the option (Pacemaker's tools let a later one win), or null. */
    String value(String name) {
        String value = null;
        for (Option option : options) {
            if (option.name().equals(name)) {
                value = option.value();
            }
        }
        return value;
    }

    private static String longKey(Map<String, String> longNames, String name) {
        for (String suffix : new String[] {"", ":", "::"}) {
            if (longNames.containsKey(name + suffix)) {
                return name + suffix;
            }
        }
        return null;
    }
}
