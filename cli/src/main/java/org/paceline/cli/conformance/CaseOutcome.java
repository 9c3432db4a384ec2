package org.paceline.cli.conformance;

/**
 * How one case compared with Pacemaker.
 *
 * @param outputMatches  (a) the whole output agrees, line by line, whitespace collapsed
 * @param summaryMatches (b) the Transition Summary agrees as a sorted list of lines
 * @param difference     what differs first, on one line; "" when both agree
 */
public record CaseOutcome(String name, String tier, boolean outputMatches, boolean summaryMatches, String difference) {
    /** The line the runner prints for a case that does not fully agree. */
    public String oneLine() {
        return name + ": " + difference;
    }
}
