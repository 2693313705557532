package org.concord.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/concord-version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override public String[] getVersion() { return new String[]{"concord " + version()}; }
}
