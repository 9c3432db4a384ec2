package org.paceline.node.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages on a STONITH run's standard error, and the one that says best why it failed.
 *
 * <p>Paceline points cluster-glue's logging at standard error (see {@link StonithPlugin}), so
 * that the {@code stonith} command's own lines
 * ({@code Dec 03 13:08:29 vm stonith: [18213]: ERROR: external/ipmi device not accessible.}),
 * the plugin scripts' {@code ha_log.sh} lines
 * ({@code external/ipmi[18224]:	ERROR: Dec 03 13:08:28 ipaddr, userid or passwd missing; check configuration})
 * and the command's plain complaints ({@code Invalid config info for null device}) all land there.
 */
final class StonithLog {
    /** One message: who wrote it, at which level, and its text without the date. */
    record Message(boolean fromStonithCommand, String level, String text) {
        boolean atLeastWarning() {
            return level.equals("CRIT") || level.equals("ERROR") || level.equals("WARN");
        }

        boolean atLeastError() {
            return level.equals("CRIT") || level.equals("ERROR");
        }
    }

    private static final Pattern LEVELLED = Pattern.compile(
            "^(.*?)\\b(CRIT|ERROR|WARN|notice|info|debug): +(.*)$");
    private static final Pattern DATE = Pattern.compile("^\\+*[A-Z][a-z]{2} [ 0-3]?\\d \\d\\d:\\d\\d:\\d\\d +");
    private static final Pattern STONITH_TAG = Pattern.compile("\\bstonith: \\[\\d+\\]: *$");

    private StonithLog() {
    }

    /** The messages of {@code errors}, in order; a line without a level is a plain complaint of the command. */
    static List<Message> messages(String errors) {
        var messages = new ArrayList<Message>();
        for (String line : errors.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher levelled = LEVELLED.matcher(line);
            if (levelled.matches()) {
                String text = DATE.matcher(levelled.group(3)).replaceFirst("").strip();
                boolean command = STONITH_TAG.matcher(levelled.group(1)).find();
                messages.add(new Message(command, levelled.group(2), text));
            } else {
                messages.add(new Message(true, "PLAIN", line.strip()));
            }
        }
        return messages;
    }

    /**
     * Why the run failed, as far as its messages say: the plugin's own first warning or
     * error (closest to the cause), else the command's first plain complaint, else its first
     * error; empty when there is none.
     */
    static Optional<String> reason(String errors) {
        List<Message> messages = messages(errors);
        return messages.stream().filter(m -> !m.fromStonithCommand() && m.atLeastWarning()).findFirst()
                .or(() -> messages.stream().filter(m -> m.level().equals("PLAIN")).findFirst())
                .or(() -> messages.stream().filter(Message::atLeastError).findFirst())
                .map(Message::text).filter(text -> !text.isEmpty());
    }
}
