package org.paceline.node.executor.script;

/**
 * What a program wrote on one stream, kept up to a limit: its beginning, and when that
 * was cut, its last few KiB too, where agents write why they failed.
 *
 * @param text       the first bytes written, decoded as UTF-8
 * @param tail       the last bytes written after {@code text}, up to 4 KiB by default; empty when all fit in {@code text}
 * @param totalBytes how many bytes the program wrote in all
 * @param cut        whether bytes between {@code text} and {@code tail} were dropped
 */
public record CapturedOutput(String text, String tail, long totalBytes, boolean cut) {
    public static final CapturedOutput NONE = new CapturedOutput("", "", 0, false);

    public CapturedOutput {
        text = text == null ? "" : text;
        tail = tail == null ? "" : tail;
    }

    /** All of a short output. */
    public static CapturedOutput whole(String text) {
        return new CapturedOutput(text, "", text.length(), false);
    }

    /** The output as written when nothing was cut, else its beginning, a line saying how much was written, and its end. */
    public String excerpt() {
        if (!cut) {
            return text + tail;
        }
        String note = "\n[output cut: " + totalBytes + " bytes written]";
        return tail.isEmpty() ? text + note : text + note + "\n[...]" + tail;
    }

    /** The beginning and the end, as far as kept, for searching by line. */
    public String kept() {
        return cut ? text + "\n" + tail : text + tail;
    }
}
