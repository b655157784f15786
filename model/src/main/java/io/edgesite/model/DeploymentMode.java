package io.edgesite.model;

/** Appliance mode installs the whole OS; agent mode installs Palette's agent on an existing OS. */
public enum DeploymentMode implements Keyword {
    APPLIANCE("appliance"),
    AGENT("agent");

    private final String value;

    DeploymentMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
