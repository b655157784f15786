package io.edgesite.palette;

import static io.edgesite.palette.Shape.BOOLEAN;
import static io.edgesite.palette.Shape.INTEGER;
import static io.edgesite.palette.Shape.OBJECT;
import static io.edgesite.palette.Shape.OBJECT_LIST;
import static io.edgesite.palette.Shape.OBJECT_MAP;
import static io.edgesite.palette.Shape.OPEN_MAP;
import static io.edgesite.palette.Shape.TEXT;
import static io.edgesite.palette.Shape.TEXT_LIST;
import static io.edgesite.palette.Shape.TEXT_MAP;

import io.edgesite.model.Addressing;
import io.edgesite.model.Keyword;
import io.edgesite.model.ManagementMode;

import java.util.List;

/** The {@code stylus} block: the Palette agent's own settings, as the Edge Installer Configuration Reference lists them. */
final class StylusKeys {
    static final String REFERENCE = "Edge Installer Configuration Reference";

    private StylusKeys() {
    }

    static List<UserDataKey> all() {
        KeyTable t = new KeyTable(REFERENCE + ", Palette Agent Parameters");
        t.key("stylus", OBJECT, "The Palette agent's settings.");
        t.key("stylus.managementMode", TEXT, "central: the host is managed from Palette; local: no Palette connection.")
                .def(ManagementMode.CENTRAL.value())
                .allowed(Keyword.words(ManagementMode.class).toArray(String[]::new));
        t.key("stylus.installationMode", TEXT, "Older name of the management mode: connected is central, airgap is local.")
                .def("connected").allowed("connected", "airgap").legacy("stylus.managementMode")
                .from(REFERENCE + " (earlier version); Install Palette Agent (airgap); Edit User Data");
        t.key("stylus.includeTui", BOOLEAN, "Had the on-host TUI included; it always is now.")
                .def("false").deprecated("stylus.disableTui");
        t.key("stylus.disableTui", BOOLEAN, "Locks the on-host TUI (it still shows the host's information); install time only.")
                .def("false");
        t.key("stylus.disablePasswordUpdate", BOOLEAN, "Forbids changing OS passwords from Local UI.").def("false");
        t.key("stylus.enableMultiNode", BOOLEAN, "Lets the host link with others into a multi-node cluster.").def("false");
        t.key("stylus.debug", BOOLEAN, "Debug output from the agent.").def("false");
        t.key("stylus.trace", BOOLEAN, "Trace output from the agent.").def("false");
        t.key("stylus.path", TEXT, "Root under which the agent installs itself (/opt/spectrocloud is added to it).").def("/");
        t.key("stylus.featureGate", TEXT, "Comma-separated features to turn on, such as UserDataForm.").def("");
        t.key("stylus.localUI", OBJECT, "Local UI settings.");
        t.key("stylus.localUI.port", INTEGER, "TCP port Local UI listens on.").def("5080");
        t.key("stylus.localUI.login", OBJECT, "Local UI login limits (agent 4.7.16 or later).");
        t.key("stylus.localUI.login.disableRateLimiting", BOOLEAN, "Turns off the delay and lockout after failed logins.")
                .def("false");
        t.key("stylus.localUI.login.attemptsBeforeExponentialDelayStarts", INTEGER,
                "Failed logins before each further attempt doubles the wait.").def("3");
        t.key("stylus.localUI.login.lockoutDurationInMinutes", INTEGER, "Minutes a locked-out login waits.").def("15");
        t.key("stylus.localUI.login.maxFailedAttemptsBeforeLockout", INTEGER, "Failed logins before the lockout.").def("5");
        t.key("stylus.emcServer", OBJECT, "Older name of the Local UI block.").deprecated("stylus.localUI")
                .from(REFERENCE + " (earlier version)");
        t.key("stylus.emcServer.port", INTEGER, "Older name of the Local UI port.").def("5080")
                .deprecated("stylus.localUI.port").from(REFERENCE + " (earlier version)");
        t.key("stylus.vip", OBJECT, "kube-vip settings.");
        t.key("stylus.vip.skip", BOOLEAN, "Leaves kube-vip out, for an external load balancer.").def("false");
        t.key("stylus.skipKubeVip", BOOLEAN, "Older name of stylus.vip.skip.").def("false").legacy("stylus.vip.skip")
                .from("Install Palette Agent (earlier version)");
        t.key("stylus.imageRedirectWebhook", OBJECT, "The webhook that redirects image pulls to the configured registries.")
                .from(REFERENCE + ", Site Registry Parameters");
        t.key("stylus.imageRedirectWebhook.enable", BOOLEAN, "Turns the image redirect webhook on.").def("true");
        t.key("stylus.imageRedirectWebhook.port", INTEGER, "Port of the image redirect webhook.").def("0");
        t.key("stylus.imageOverride", TEXT, "Another Edge Installer image.").deprecated("")
                .from("Installer Configuration (earlier table)");

        t.section(REFERENCE + ", Single External Registry");
        t.key("stylus.registryCredentials", OBJECT, "One external registry, when no mapping rules are needed.");
        t.key("stylus.registryCredentials.domain", TEXT, "Registry address: a domain, or an IP address and port.");
        t.key("stylus.registryCredentials.username", TEXT, "Registry user.");
        t.key("stylus.registryCredentials.password", TEXT, "Registry password.").secret();
        t.key("stylus.registryCredentials.encodedPassword", BOOLEAN, "The password is base64-encoded.").def("false");
        t.key("stylus.registryCredentials.insecure", BOOLEAN, "Allows an unverified TLS connection to the registry.")
                .def("false");

        t.section(REFERENCE + ", Multiple External Registries");
        t.key("stylus.externalRegistries", OBJECT, "Several external registries and the rules that map images to them.");
        t.key("stylus.externalRegistries.registries", OBJECT_LIST, "The external registries.");
        t.key("stylus.externalRegistries.registries[].domain", TEXT, "Registry address, may include a path.");
        t.key("stylus.externalRegistries.registries[].username", TEXT, "Registry user.");
        t.key("stylus.externalRegistries.registries[].password", TEXT, "Registry password.").secret();
        t.key("stylus.externalRegistries.registries[].repositoryName", TEXT, "Repository inside the registry.");
        t.key("stylus.externalRegistries.registries[].certificates", TEXT_LIST, "PEM certificates for this registry.");
        t.key("stylus.externalRegistries.registries[].insecure", BOOLEAN, "Allows an unverified TLS connection.")
                .def("false");
        t.key("stylus.externalRegistries.registries[].encodedPassword", BOOLEAN, "The password is base64-encoded.")
                .def("false");
        t.key("stylus.externalRegistries.registryMappingRules", TEXT_MAP,
                "Image source prefixes and the registry prefix each is pulled from instead.")
                .from(REFERENCE + ", Registry Mapping Rules");

        t.section(REFERENCE + ", Site Parameters");
        t.key("stylus.site", OBJECT, "Registration, identity, network and trust of the host.");
        t.key("stylus.site.paletteEndpoint", TEXT, "Palette API host the host registers with.")
                .def("api.spectrocloud.com").from(REFERENCE + ", Site Parameters; Prepare User Data");
        t.key("stylus.site.edgeHostToken", TEXT, "Tenant registration token, for automatic registration.").secret();
        t.key("stylus.site.projectName", TEXT, "Palette project; overrides the token's project.");
        t.key("stylus.site.projectUid", TEXT, "Palette project ID (optional when the token names a project).");
        t.key("stylus.site.name", TEXT, "Edge host ID: at most 128 characters; $random makes a random one.")
                .from(REFERENCE + ", Site Parameters; Device ID (UID) Parameters");
        t.key("stylus.site.hostName", TEXT, "Host name, also the Kubernetes node name; defaults to the host ID.");
        t.key("stylus.site.prefix", TEXT, "Prefix of a generated host ID: letters, digits and '-'.").def("edge");
        t.key("stylus.site.deviceUIDPaths", OBJECT_LIST, "Files the host ID is read from when name is not set.")
                .def("/sys/class/dmi/id/product_uuid").from(REFERENCE + ", Device ID (UID) Parameters");
        t.key("stylus.site.deviceUIDPaths[].name", TEXT, "Path of the file holding the ID.")
                .from(REFERENCE + ", Device ID (UID) Parameters");
        t.key("stylus.site.deviceUIDPaths[].regex", TEXT, "RE2 expression that picks the ID out of the file.")
                .from(REFERENCE + ", Device ID (UID) Parameters");
        t.key("stylus.site.tags", OPEN_MAP, "Free key-value tags on the Edge host.").from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromFile", OBJECT, "Tags read from a file on the host.").from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromFile.fileName", TEXT, "Path of the tags file.").from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromFile.delimiter", TEXT, "What separates one tag from the next.").def("\\n")
                .from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromFile.separator", TEXT, "What separates a tag's key from its value.").def(":")
                .from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromScript", OBJECT, "Tags printed as JSON by a script on the host.").from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromScript.scriptName", TEXT, "Executable bash script that prints the tags.")
                .from(REFERENCE + ", Tags");
        t.key("stylus.site.tagsFromScript.timeout", INTEGER, "Seconds the script may take.").def("60")
                .from(REFERENCE + ", Tags");
        t.key("stylus.site.registrationURL", TEXT, "Registration app the QR code on the console points to.");
        t.key("stylus.site.disableAutoRegister", BOOLEAN, "Registers only by hand, even with a token.").def("false")
                .from("Edge Host Registration, Registration Method");
        t.key("stylus.site.insecureSkipVerify", BOOLEAN, "Skips TLS verification of the Palette endpoint.").def("false");
        t.key("stylus.site.caCerts", TEXT_LIST, "CA certificates the agent trusts, one PEM block per item.");
        t.key("stylus.site.ntpServers", TEXT_LIST, "NTP servers of the host.");
        t.key("stylus.site.clusterId", TEXT, "ID of the cluster the host belongs to.");
        t.key("stylus.site.clusterName", TEXT, "Name of the cluster the host belongs to.");
        t.key("stylus.site.remoteShell", OBJECT, "Remote shell settings (agent 4.7.16 or later).");
        t.key("stylus.site.remoteShell.disable", BOOLEAN, "Turns remote shell access off.").def("false");
        t.key("stylus.site.users", OBJECT_MAP, "OS users created as part of the site configuration, by user name.");
        t.key("stylus.site.users.*.groups", TEXT_LIST, "Groups of the user.");
        t.key("stylus.site.users.*.passwd", TEXT, "Password of the user.").secret();
        t.key("stylus.site.users.*.passwordExpiry", TEXT, "Date the password expires, YYYY-MM-DD.");
        t.key("stylus.site.users.*.lock_passwd", BOOLEAN, "Locks password login.").def("false");
        t.key("stylus.site.users.*.ssh_authorized_keys", TEXT_LIST, "SSH public keys of the user.");
        t.key("stylus.site.twoNode", OBJECT, "Two-node cluster settings.").kairos("CanvOS user-data template");
        t.key("stylus.site.twoNode.enabled", BOOLEAN, "Prepares the host for a two-node cluster.")
                .kairos("CanvOS user-data template");
        t.key("stylus.site.twoNode.health-check-script", TEXT, "Custom two-node health check script.")
                .kairos("CanvOS user-data template");

        t.section(REFERENCE + ", Site Network Parameters");
        t.key("stylus.site.network", OBJECT, "Proxy, DNS and interface addresses.");
        t.key("stylus.site.network.httpProxy", TEXT, "HTTP proxy URL for Palette's services.");
        t.key("stylus.site.network.httpsProxy", TEXT, "HTTPS proxy URL for Palette's services.");
        t.key("stylus.site.network.noProxy", TEXT, "Destinations that bypass the proxy, separated by commas.");
        t.key("stylus.site.network.nameserver", TEXT, "Global DNS server (one address).");
        t.key("stylus.site.network.interfaces", OBJECT_MAP, "Addresses of the NICs, by NIC name; NICs left out use DHCP.");
        t.key("stylus.site.network.interfaces.*.type", TEXT, "How the address is set.").def(Addressing.DHCP.value())
                .allowed(Addressing.DHCP.value(), Addressing.STATIC.value());
        t.key("stylus.site.network.interfaces.*.ipAddress", TEXT, "Static address, with its prefix length (10.0.10.25/24).");
        t.key("stylus.site.network.interfaces.*.mask", TEXT, "Network mask of the address (255.255.255.0).");
        t.key("stylus.site.network.interfaces.*.gateway", TEXT, "Default gateway of the static address.");
        t.key("stylus.site.network.interfaces.*.nameserver", TEXT, "DNS server of this interface (one address).");
        return t.build();
    }
}
