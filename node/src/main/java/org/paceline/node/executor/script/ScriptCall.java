package org.paceline.node.executor.script;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * One program to run: what, with which arguments, in which environment, fed what.
 *
 * @param executable       the program's path
 * @param arguments        the arguments after the program's name
 * @param environment      the complete environment, in the order it was built; nothing is inherited
 * @param stdin            the bytes written to the program's standard input, which is then closed
 * @param workingDirectory the directory it runs in
 */
public record ScriptCall(Path executable, List<String> arguments, SequencedMap<String, String> environment,
                         byte[] stdin, Path workingDirectory) {
    public ScriptCall {
        arguments = List.copyOf(arguments);
        environment = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(environment));
        stdin = stdin == null ? new byte[0] : stdin.clone();
    }

    @Override
    public byte[] stdin() {
        return stdin.clone();
    }

    /** The call as a shell would show it, for logs: {@code /usr/lib/ocf/resource.d/heartbeat/Dummy start}. */
    public String commandLine() {
        var line = new StringBuilder(executable.toString());
        arguments.forEach(argument -> line.append(' ').append(argument));
        return line.toString();
    }
}
