package org.paceline.node.fencer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.paceline.cib.Cib;
import org.paceline.cib.FencingLevel;

/**
 * The {@code fencing-topology} of a CIB: for each target, levels of devices tried in
 * index order, every device of a level needed.
 *
 * <p>A target's levels all come from one target specification, as in Pacemaker: the levels
 * naming it exactly when there are any, else those of the first (in document order) pattern
 * ({@code target-pattern}, a regular expression found anywhere in the name) or attribute
 * ({@code target-attribute} = {@code target-value}) that matches it.
 */
public record FencingTopology(List<FencingLevel> levels) {
    public FencingTopology {
        levels = List.copyOf(levels);
    }

    public static FencingTopology of(Cib cib) {
        return new FencingTopology(cib.configuration().fencingTopology());
    }

    /**
     * One level for one target.
     *
     * @param index   the level's index (tried from the lowest)
     * @param devices the device ids, all needed, in the order written
     * @param source  how the level names the target: {@code target pm02}, {@code pattern pm0[12]},
     *                {@code attribute rack=r1}
     */
    public record Level(String id, int index, List<String> devices, String source) {
        public Level {
            devices = List.copyOf(devices);
        }
    }

    /** The levels for {@code target} in the order they are tried; empty when the topology does not name it. */
    public List<Level> levelsFor(String target, Map<String, String> targetAttributes) {
        List<FencingLevel> exact = levels.stream().filter(l -> target.equals(l.target())).toList();
        if (!exact.isEmpty()) {
            return sorted(exact, "target " + target);
        }
        for (FencingLevel level : levels) {
            String spec = specification(level);
            if (spec != null && matches(level, target, targetAttributes)) {
                return sorted(levels.stream().filter(l -> spec.equals(specification(l))).toList(), spec);
            }
        }
        return List.of();
    }

    private static List<Level> sorted(List<FencingLevel> chosen, String source) {
        var result = new ArrayList<Level>();
        for (FencingLevel level : chosen) {
            result.add(new Level(level.id(), index(level.index()), level.deviceList(), source));
        }
        result.sort(Comparator.comparingInt(Level::index));
        return List.copyOf(result);
    }

    /** How a level not naming a node names its targets, or null when it names one node. */
    private static String specification(FencingLevel level) {
        if (level.target() != null) {
            return null;
        }
        if (level.targetPattern() != null) {
            return "pattern " + level.targetPattern();
        }
        if (level.targetAttribute() != null) {
            return "attribute " + level.targetAttribute() + "=" + Objects.requireNonNullElse(level.targetValue(), "");
        }
        return null;
    }

    private static boolean matches(FencingLevel level, String target, Map<String, String> attributes) {
        if (level.targetPattern() != null) {
            try {
                return Pattern.compile(level.targetPattern()).matcher(target).find();
            } catch (PatternSyntaxException e) {
                // A pattern that does not compile names no node; the CIB check reports it.
                return false;
            }
        }
        return level.targetValue() != null && level.targetValue().equals(attributes.get(level.targetAttribute()));
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
