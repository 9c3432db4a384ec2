package org.paceline.node.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Who may talk to the daemon: root, and members of the cluster's group ({@code haclient}
 * as Pacemaker has it), by primary or supplementary membership. Decides from names
 * only, so that the decision is tested without being another user.
 *
 * @param group        the group whose members are let in
 * @param groupMembers the group's supplementary members as {@code /etc/group} lists them
 */
public record PeerCheck(String group, Set<String> groupMembers) {
    public static final String HACLIENT = "haclient";

    public PeerCheck {
        groupMembers = Set.copyOf(groupMembers);
    }

    /** The check for {@code haclient}, its members read from {@code /etc/group} (none when it has no such group). */
    public static PeerCheck haclient() {
        return new PeerCheck(HACLIENT, members(Path.of("/etc/group"), HACLIENT));
    }

    /**
     * Why a peer is refused, or empty when it is let in.
     *
     * @param user         the peer's user name (or uid when it has no name)
     * @param primaryGroup the peer's primary group name (or gid)
     */
    public Optional<String> refusal(String user, String primaryGroup) {
        if ("root".equals(user) || "0".equals(user) || group.equals(primaryGroup) || groupMembers.contains(user)) {
            return Optional.empty();
        }
        return Optional.of("permission denied: user " + user + " is neither root nor a member of group " + group);
    }

    /** The supplementary members of a group in a group file; none when the file or group is missing. */
    static Set<String> members(Path groupFile, String group) {
        try {
            for (String line : Files.readAllLines(groupFile)) {
                String[] fields = line.split(":", -1);
                if (fields.length >= 4 && fields[0].equals(group)) {
                    return fields[3].isBlank() ? Set.of() : Set.of(fields[3].trim().split("\\s*,\\s*"));
                }
            }
        } catch (IOException e) {
            // No group file means no supplementary members: root alone is let in.
        }
        return Set.of();
    }
}
