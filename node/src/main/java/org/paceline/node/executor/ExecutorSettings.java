package org.paceline.node.executor;

import java.nio.file.Path;

/**
 * What the executor knows of its node and of where things are on it.
 *
 * @param nodeName         this node's name ({@code OCF_RESKEY_CRM_meta_on_node})
 * @param nodeId           this node's id ({@code OCF_RESKEY_CRM_meta_on_node_uuid})
 * @param featureSet       the CRM feature set agents are told ({@code OCF_RESKEY_crm_feature_set});
 *                         agents such as pgsql choose which commands to call by it
 * @param ocfRoot          {@code OCF_ROOT}: agents are under {@code resource.d/PROVIDER/TYPE}
 * @param lsbDirectory     where LSB init scripts are
 * @param fenceDirectory   where {@code fence_*} agents are
 * @param commandFaces     the directory of Paceline's own command faces ({@code crm_attribute},
 *                         {@code crm_node}, ...): {@code HA_SBIN_DIR} and first on {@code PATH}
 * @param resourceTmp      {@code HA_RSCTMP}: agents' state that must not survive a reboot
 * @param varRun           {@code HA_VARRUN}
 * @param workingDirectory where agents run
 */
public record ExecutorSettings(String nodeName, String nodeId, String featureSet, Path ocfRoot,
                               Path lsbDirectory, Path fenceDirectory, Path commandFaces, Path resourceTmp,
                               Path varRun, Path workingDirectory) {
    /** The directories searched after the command faces. */
    public static final String SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin";

    /**
     * The feature set of the Pacemaker release Paceline answers as (Debian's 2.1.5): what the
     * agents are told and what the live CIB and its records carry, since Pacemaker 2.1.5's
     * tools refuse to write into a CIB whose feature set is newer than their own.
     */
    public static final String DEFAULT_FEATURE_SET = "3.16.1";

    /** Debian's places: {@code /usr/lib/ocf}, {@code /etc/init.d}, {@code /usr/sbin}, {@code /run/resource-agents}. */
    public static ExecutorSettings debian(String nodeName, String nodeId, Path commandFaces) {
        return new ExecutorSettings(nodeName, nodeId, DEFAULT_FEATURE_SET, Path.of("/usr/lib/ocf"),
                Path.of("/etc/init.d"), Path.of("/usr/sbin"), commandFaces, Path.of("/run/resource-agents"),
                Path.of("/var/run"), Path.of("/"));
    }

    public ExecutorSettings withOcfRoot(Path root) {
        return new ExecutorSettings(nodeName, nodeId, featureSet, root, lsbDirectory, fenceDirectory,
                commandFaces, resourceTmp, varRun, workingDirectory);
    }

    public ExecutorSettings withLsbDirectory(Path directory) {
        return new ExecutorSettings(nodeName, nodeId, featureSet, ocfRoot, directory, fenceDirectory,
                commandFaces, resourceTmp, varRun, workingDirectory);
    }

    public ExecutorSettings withFenceDirectory(Path directory) {
        return new ExecutorSettings(nodeName, nodeId, featureSet, ocfRoot, lsbDirectory, directory,
                commandFaces, resourceTmp, varRun, workingDirectory);
    }

    public ExecutorSettings withFeatureSet(String set) {
        return new ExecutorSettings(nodeName, nodeId, set, ocfRoot, lsbDirectory, fenceDirectory,
                commandFaces, resourceTmp, varRun, workingDirectory);
    }

    public ExecutorSettings withRunDirectories(Path rscTmp, Path run) {
        return new ExecutorSettings(nodeName, nodeId, featureSet, ocfRoot, lsbDirectory, fenceDirectory,
                commandFaces, rscTmp, run, workingDirectory);
    }

    /** {@code PATH} for agents: the command faces first, so that {@code crm_attribute} is Paceline's. */
    public String searchPath() {
        return commandFaces + ":" + SYSTEM_PATH;
    }
}
