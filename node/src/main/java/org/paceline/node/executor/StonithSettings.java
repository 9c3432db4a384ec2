package org.paceline.node.executor;

import java.nio.file.Path;

/**
 * Where cluster-glue and Paceline keep what {@link StonithPlugin} runs.
 *
 * @param stonithCommand     cluster-glue's {@code stonith} command
 * @param externalDirectory  cluster-glue's external plugins ({@code external/TYPE} scripts); the
 *                           {@code stonith} command runs external plugins from this directory only,
 *                           a path compiled into it
 * @param compiledDirectory  cluster-glue's compiled plugins ({@code TYPE.so})
 * @param glueShareDirectory where cluster-glue keeps {@code ha_log.sh}, which external plugins call;
 *                           cluster-glue puts it on their {@code PATH}, and so does Paceline
 * @param pacelineDirectory  Paceline's own external plugins ({@code stonith-helper}), run directly
 *                           the way cluster-glue runs its own, for types that cluster-glue's
 *                           directory does not have
 * @param meatwareDirectory  where the meatware plugin makes its FIFOs: {@code /run} in Debian's
 *                           build, compiled into the plugin and into {@code meatclient}
 */
public record StonithSettings(Path stonithCommand, Path externalDirectory, Path compiledDirectory,
                              Path glueShareDirectory, Path pacelineDirectory, Path meatwareDirectory) {
    /** Paceline's external plugins, relative to the Paceline tree ({@code paceline.home}). */
    public static final String PACELINE_PLUGINS = "node/src/main/agents/stonith/external";

    /**
     * Debian's places for cluster-glue, and Paceline's plugins in the tree at {@code pacelineHome}
     * (the daemon's {@code paceline.home}, which the launcher sets): nothing to copy by hand.
     */
    public static StonithSettings debian(Path pacelineHome) {
        return new StonithSettings(Path.of("/usr/sbin/stonith"), Path.of("/usr/lib/stonith/plugins/external"),
                Path.of("/usr/lib/stonith/plugins/stonith2"), Path.of("/usr/share/cluster-glue"),
                pacelineHome.resolve(PACELINE_PLUGINS), MeatwareConfirmation.DEBIAN_RUN_DIRECTORY);
    }

    public StonithSettings withPacelineDirectory(Path directory) {
        return new StonithSettings(stonithCommand, externalDirectory, compiledDirectory, glueShareDirectory,
                directory, meatwareDirectory);
    }

    public StonithSettings withStonithCommand(Path command) {
        return new StonithSettings(command, externalDirectory, compiledDirectory, glueShareDirectory,
                pacelineDirectory, meatwareDirectory);
    }

    public StonithSettings withExternalDirectory(Path directory) {
        return new StonithSettings(stonithCommand, directory, compiledDirectory, glueShareDirectory,
                pacelineDirectory, meatwareDirectory);
    }
}
