package org.paceline.cib.rules;

/**
 * The scores that the node-health words {@code red}, {@code yellow} and {@code green} stand
 * for, taken from the cluster properties {@code node-health-red}, {@code -yellow} and
 * {@code -green}.
 *
 * @param red    the score a {@code red} health attribute gives (default -INFINITY)
 * @param yellow the score a {@code yellow} health attribute gives (default 0)
 * @param green  the score a {@code green} health attribute gives (default 0)
 */
public record NodeHealthScores(int red, int yellow, int green) {
    /** The values that hold when the cluster properties are not set. */
    public static final NodeHealthScores DEFAULT = new NodeHealthScores(-Score.INFINITY, 0, 0);

    public NodeHealthScores {
        red = Score.clamp(red);
        yellow = Score.clamp(yellow);
        green = Score.clamp(green);
    }
}
