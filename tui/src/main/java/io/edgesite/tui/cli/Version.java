package io.edgesite.tui.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"edge-site " + (v == null ? "development build" : v)};
    }
}
