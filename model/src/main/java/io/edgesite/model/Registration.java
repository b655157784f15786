package io.edgesite.model;

import java.util.List;
import java.util.Map;

/** How the host finds and joins Palette: endpoint, token, project, host ID, tags, trust. */
public record Registration(
        ManagementMode managementMode,
        RegistrationMode registrationMode,
        String paletteEndpoint,
        Secret edgeHostToken,
        String projectName,
        String projectUid,
        String hostId,
        Map<String, String> tags,
        String registrationUrl,
        boolean insecureSkipVerify,
        List<String> caCerts,
        String prefix) {

    public Registration {
        managementMode = managementMode == null ? ManagementMode.CENTRAL : managementMode;
        registrationMode = registrationMode == null ? RegistrationMode.AUTO : registrationMode;
        paletteEndpoint = Lists.text(paletteEndpoint);
        edgeHostToken = edgeHostToken == null ? Secret.empty() : edgeHostToken;
        projectName = Lists.text(projectName);
        projectUid = Lists.text(projectUid);
        hostId = Lists.text(hostId);
        tags = Lists.copy(tags);
        registrationUrl = Lists.text(registrationUrl);
        caCerts = Lists.copy(caCerts);
        prefix = Lists.text(prefix);
    }

    /** Central management, automatic registration, nothing filled in. */
    public static Registration empty() {
        return new Registration(null, null, "", null, "", "", "", Map.of(), "", false, List.of(), "");
    }
}
