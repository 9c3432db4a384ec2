package org.paceline.cli.faces;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One face run in-process: its exit code and what it printed. */
record FaceRun(int exitCode, String out, String err) {

    static FaceRun of(Path socket, String face, String... args) {
        return of(Map.of("PACELINE_SOCKET", socket.toString(), "OCF_RESOURCE_INSTANCE", "pgsql"), face, args);
    }

    static FaceRun of(Map<String, String> env, String face, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
             var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Faces.run(face, args, o, e, env);
        }
        return new FaceRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
