package org.paceline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.crm.CrmReader;
import org.paceline.cib.crm.CrmWriter;
import org.paceline.cib.status.Status;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.store.CibUpdate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crm configure edit}: the running configuration in crm syntax in {@code $EDITOR};
 * what the editor leaves is checked whole and then applied whole, or not at all.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Edit the running configuration in crm syntax with $EDITOR (vi when unset). When the editor",
            "exits, the text is checked whole: with an error nothing is applied and the problems are shown;",
            "otherwise it replaces the configuration in one update.",
            "Exit codes: 0 applied or unchanged, 1 errors or refused, 102 no daemon."
        })
public final class CrmConfigureEditCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var err = spec.commandLine().getErr();
        try {
            Parsed<Cib> live = DaemonLink.cib();
            if (live instanceof Parsed.Invalid<Cib> invalid) {
                return Printing.problems(spec, invalid.problems());
            }
            Parsed<String> text = CrmWriter.write(live.orThrow().withStatus(Status.EMPTY), CrmWriter.Mode.DISPLAY);
            if (text instanceof Parsed.Invalid<String> invalid) {
                return Printing.problems(spec, invalid.problems());
            }
            Path file = Files.createTempFile("crm-configure-", ".crm");
            try {
                Files.writeString(file, text.orThrow());
                String editor = System.getenv().getOrDefault("EDITOR", "vi");
                int code = new ProcessBuilder("/bin/sh", "-c", editor + " \"$1\"", "editor", file.toString())
                        .inheritIO().start().waitFor();
                if (code != 0) {
                    err.println("crm: the editor exited " + code + "; nothing was changed");
                    err.flush();
                    return 1;
                }
                String edited = Files.readString(file);
                if (edited.equals(text.orThrow())) {
                    spec.commandLine().getOut().println("crm: no changes");
                    spec.commandLine().getOut().flush();
                    return 0;
                }
                Parsed<Document> parsed = CrmReader.read(file.getFileName().toString(), edited);
                if (parsed instanceof Parsed.Invalid<Document> invalid) {
                    Printing.problems(spec, invalid.problems());
                    err.println("crm: nothing was changed");
                    err.flush();
                    return 1;
                }
                List<Problem> refused = DaemonLink.apply(new CibUpdate.ReplaceConfiguration(
                        parsed.orThrow().cib().configuration()));
                return refused.isEmpty() ? 0 : Printing.problems(spec, refused);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (DaemonUnreachable e) {
            err.println("crm: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }
}
