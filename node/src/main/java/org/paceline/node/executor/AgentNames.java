package org.paceline.node.executor;

import java.util.Optional;

/**
 * Checks a name that becomes one part of an agent's path (provider, type, script name):
 * it must name a file in its directory, never climb out of it.
 */
final class AgentNames {
    private AgentNames() {
    }

    /** What is wrong with {@code name} as the agent's {@code what}, or empty when it is a plain file name. */
    static Optional<String> problem(String name, String what) {
        if (name == null || name.isEmpty()) {
            return Optional.of("no " + what + " given");
        }
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            return Optional.of(what + " \"" + name.replace("\0", "\\0") + "\" is not a file name");
        }
        return Optional.empty();
    }
}
