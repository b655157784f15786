package io.edgesite.model;

import java.util.List;

/**
 * The machine itself: its name, how Palette is installed on it, its users and time sources, and (agent
 * mode) whether the user-data prepares systemd-networkd and resolved, which the overlay needs.
 */
public record Host(
        String hostname,
        DeploymentMode deploymentMode,
        List<User> users,
        String usersStepName,
        List<String> ntpServers,
        boolean prepareNetworkd) {
    /** The name given to the install step that creates the users when none was read from a file. */
    public static final String DEFAULT_USERS_STEP = "Create users";

    public Host {
        hostname = Lists.text(hostname);
        deploymentMode = deploymentMode == null ? DeploymentMode.APPLIANCE : deploymentMode;
        users = Lists.copy(users);
        usersStepName = usersStepName == null ? DEFAULT_USERS_STEP : usersStepName;
        ntpServers = Lists.copy(ntpServers);
    }

    public Host(String hostname, DeploymentMode deploymentMode, List<User> users, String usersStepName,
            List<String> ntpServers) {
        this(hostname, deploymentMode, users, usersStepName, ntpServers, false);
    }

    public static Host empty() {
        return new Host("", DeploymentMode.APPLIANCE, List.of(), DEFAULT_USERS_STEP, List.of(), false);
    }
}
