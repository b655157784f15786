package io.edgesite.palette;

import java.util.List;

/** The OS user Palette's installer images have: "The user kairos always exists in the OS." */
public final class OsUser {
    public static final String NAME = "kairos";
    /** The groups edge-site gives the user it creates, so it can administer the host. */
    public static final List<String> GROUPS = List.of("sudo");

    private OsUser() {
    }
}
