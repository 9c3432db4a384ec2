package org.paceline.cli;

import picocli.CommandLine.IVersionProvider;

/** The version every face reports. */
public final class Version implements IVersionProvider {
    public static final String NUMBER = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"Paceline " + NUMBER};
    }
}
