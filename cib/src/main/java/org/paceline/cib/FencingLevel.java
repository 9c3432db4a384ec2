package org.paceline.cib;

import java.util.Arrays;
import java.util.List;

/**
 * One level of the fencing topology: devices that must all succeed, tried after the
 * levels with a lower index for the same target.
 *
 * @param target         a node name, or null when the level names its target another way
 * @param targetPattern  a regular expression on node names, or null
 * @param targetAttribute a node attribute name (with {@code targetValue}), or null
 * @param devices        device ids separated by commas, as written
 */
public record FencingLevel(String id, String index, String target, String targetPattern,
                           String targetAttribute, String targetValue, String devices, Extras extras) {
    public FencingLevel {
        extras = extras == null ? Extras.NONE : extras;
    }

    public List<String> deviceList() {
        return devices == null ? List.of()
                : Arrays.stream(devices.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
