package org.countysim.cli;

import org.countysim.app.Version;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"countysim " + Version.current(), "Java " + System.getProperty("java.version")};
    }
}
