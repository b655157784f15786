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

    /** A changed copy, one field at a time. */
    public static final class Builder {
        private ManagementMode management;
        private RegistrationMode mode;
        private String endpoint;
        private Secret token;
        private String projectName;
        private String projectUid;
        private String hostId;
        private Map<String, String> tags;
        private String url;
        private boolean insecure;
        private List<String> caCerts;
        private String prefix;

        public static Builder from(Registration r) {
            Builder b = new Builder();
            b.management = r.managementMode;
            b.mode = r.registrationMode;
            b.endpoint = r.paletteEndpoint;
            b.token = r.edgeHostToken;
            b.projectName = r.projectName;
            b.projectUid = r.projectUid;
            b.hostId = r.hostId;
            b.tags = r.tags;
            b.url = r.registrationUrl;
            b.insecure = r.insecureSkipVerify;
            b.caCerts = r.caCerts;
            b.prefix = r.prefix;
            return b;
        }

        public Builder management(ManagementMode v) {
            management = v;
            return this;
        }

        public Builder mode(RegistrationMode v) {
            mode = v;
            return this;
        }

        public Builder endpoint(String v) {
            endpoint = v;
            return this;
        }

        public Builder token(String v) {
            token = Secret.of(v);
            return this;
        }

        public Builder projectName(String v) {
            projectName = v;
            return this;
        }

        public Builder projectUid(String v) {
            projectUid = v;
            return this;
        }

        public Builder hostId(String v) {
            hostId = v;
            return this;
        }

        public Builder tags(Map<String, String> v) {
            tags = v;
            return this;
        }

        public Builder url(String v) {
            url = v;
            return this;
        }

        public Builder insecure(boolean v) {
            insecure = v;
            return this;
        }

        public Builder caCerts(List<String> v) {
            caCerts = v;
            return this;
        }

        public Builder prefix(String v) {
            prefix = v;
            return this;
        }

        public Registration build() {
            return new Registration(management, mode, endpoint, token, projectName, projectUid, hostId, tags, url,
                    insecure, caCerts, prefix);
        }
    }
}
