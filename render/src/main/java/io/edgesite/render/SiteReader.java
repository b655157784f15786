package io.edgesite.render;

import io.edgesite.model.Addressing;
import io.edgesite.model.Host;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Secret;
import io.edgesite.model.Site;
import io.edgesite.palette.UserDataSchema;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site a user-data tree describes, without the steps (see {@link StepReader}) and without the cluster
 * (user-data holds none). Values of the wrong shape read as absent: the schema lint reports them, and the
 * parser keeps them as written.
 */
final class SiteReader {
    private final Map<String, Object> doc;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<Finding> problems = new ArrayList<>();

    private SiteReader(Map<String, Object> doc) {
        this.doc = doc;
    }

    /** The site, where each model path came from in the file, and what the file says inconsistently. */
    record Read(Site site, Map<String, String> sources, List<Finding> problems) {
    }

    static Read read(Map<String, Object> doc) {
        SiteReader r = new SiteReader(doc);
        Site site = new Site(r.registration(), r.host(), r.network(), null, r.install(), null);
        return new Read(site, r.sources, r.problems);
    }

    private String text(String modelPath, io.edgesite.palette.UserDataKey key) {
        sources.put(modelPath, key.path());
        return TreeValues.text(TreeValues.at(doc, key.path().split("\\.")));
    }

    private Object raw(io.edgesite.palette.UserDataKey key) {
        return TreeValues.at(doc, key.path().split("\\."));
    }

    private Registration registration() {
        String management = TreeValues.text(raw(UserDataSchema.MANAGEMENT_MODE));
        String installation = TreeValues.text(raw(UserDataSchema.INSTALLATION_MODE));
        ManagementMode mode = "local".equals(management) ? ManagementMode.LOCAL : ManagementMode.CENTRAL;
        if (management == null && "airgap".equals(installation)) {
            mode = ManagementMode.LOCAL; // the older key: airgap is local management
        } else if (management != null && installation != null
                && management.equals("local") != installation.equals("airgap")) {
            problems.add(Finding.error("management.conflict", UserDataSchema.INSTALLATION_MODE.path(),
                    "installationMode " + installation + " contradicts managementMode " + management + "; keep one"));
        }
        sources.put("registration.managementMode", UserDataSchema.MANAGEMENT_MODE.path());
        String token = text("registration.edgeHostToken", UserDataSchema.TOKEN);
        String url = text("registration.registrationUrl", UserDataSchema.REGISTRATION_URL);
        Boolean manual = TreeValues.bool(raw(UserDataSchema.DISABLE_AUTO_REGISTER));
        sources.put("registration.registrationMode", UserDataSchema.DISABLE_AUTO_REGISTER.path());
        RegistrationMode registration = Boolean.TRUE.equals(manual) ? RegistrationMode.MANUAL
                : url != null && !url.isEmpty() ? RegistrationMode.QR : RegistrationMode.AUTO;
        Map<String, String> tags = TreeValues.textMap(raw(UserDataSchema.TAGS));
        sources.put("registration.tags", UserDataSchema.TAGS.path());
        List<String> caCerts = TreeValues.texts(raw(UserDataSchema.CA_CERTS));
        sources.put("registration.caCerts", UserDataSchema.CA_CERTS.path());
        sources.put("registration.insecureSkipVerify", UserDataSchema.INSECURE.path());
        return new Registration(mode, registration, text("registration.paletteEndpoint", UserDataSchema.ENDPOINT),
                Secret.of(token), text("registration.projectName", UserDataSchema.PROJECT_NAME),
                text("registration.projectUid", UserDataSchema.PROJECT_UID), text("registration.hostId", UserDataSchema.HOST_ID),
                tags, url, Boolean.TRUE.equals(TreeValues.bool(raw(UserDataSchema.INSECURE))), caCerts,
                text("registration.prefix", UserDataSchema.PREFIX));
    }

    private Host host() {
        List<String> ntp = TreeValues.texts(raw(UserDataSchema.NTP_SERVERS));
        sources.put("host.ntpServers", UserDataSchema.NTP_SERVERS.path());
        return new Host(text("host.hostname", UserDataSchema.HOST_NAME), null, List.of(), null, ntp, false);
    }

    private Network network() {
        String noProxy = text("network.proxy.noProxy", UserDataSchema.NO_PROXY);
        Proxy proxy = new Proxy(text("network.proxy.http", UserDataSchema.HTTP_PROXY),
                text("network.proxy.https", UserDataSchema.HTTPS_PROXY),
                noProxy == null || noProxy.isEmpty() ? List.of() : Arrays.asList(noProxy.split(",", -1)));
        List<Nic> nics = new ArrayList<>();
        if (raw(UserDataSchema.INTERFACES) instanceof Map<?, ?> interfaces) {
            for (Map.Entry<?, ?> e : interfaces.entrySet()) {
                String name = String.valueOf(e.getKey());
                Object i = e.getValue();
                Addressing a = "static".equals(TreeValues.text(TreeValues.at(i, "type"))) ? Addressing.STATIC : Addressing.DHCP;
                boolean isStatic = a == Addressing.STATIC;
                IpConfig ip = new IpConfig(a,
                        isStatic ? TreeValues.text(TreeValues.at(i, UserDataSchema.INTERFACE_ADDRESS.name())) : null,
                        isStatic ? TreeValues.text(TreeValues.at(i, UserDataSchema.INTERFACE_MASK.name())) : null,
                        isStatic ? TreeValues.text(TreeValues.at(i, UserDataSchema.INTERFACE_GATEWAY.name())) : null,
                        TreeValues.text(TreeValues.at(i, UserDataSchema.INTERFACE_NAMESERVER.name())));
                nics.add(new Nic(name, ip, false));
            }
        }
        return new Network(nics, List.of(), List.of(), List.of(), text("network.nameserver", UserDataSchema.NAMESERVER), proxy);
    }

    private InstallOptions install() {
        sources.put("install.poweroff", UserDataSchema.POWEROFF.path());
        sources.put("install.reboot", UserDataSchema.REBOOT.path());
        sources.put("install.bindMounts", UserDataSchema.BIND_MOUNTS.path());
        return new InstallOptions(Boolean.TRUE.equals(TreeValues.bool(raw(UserDataSchema.POWEROFF))),
                Boolean.TRUE.equals(TreeValues.bool(raw(UserDataSchema.REBOOT))),
                text("install.extraCmdline", UserDataSchema.EXTRA_CMDLINE),
                TreeValues.texts(raw(UserDataSchema.BIND_MOUNTS)));
    }
}
