package org.paceline.cib.check;

import java.util.List;

import org.paceline.cib.SourceMap;

/** Where the checks put what they find: placed at the object's definition when the source map knows it. */
record Report(SourceMap sources, List<Finding> findings) {
    void error(String placeAtId, String message) {
        findings.add(new Finding(Finding.Severity.ERROR, sources.problem(placeAtId, message)));
    }

    void warning(String placeAtId, String message) {
        findings.add(new Finding(Finding.Severity.WARNING, sources.problem(placeAtId, message)));
    }
}
