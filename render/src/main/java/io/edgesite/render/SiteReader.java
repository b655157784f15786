package io.edgesite.render;

import static io.edgesite.properties.SiteProperties.*;

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
import io.edgesite.properties.SiteProperty;
import io.edgesite.validators.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The site a user-data tree describes, each value read at its user-data key in
 * {@link io.edgesite.properties.SiteProperties}, without the steps (see {@link StepReader}) and without the
 * cluster (user-data holds none). Values of the wrong shape read as absent: the schema lint reports them,
 * and the parser keeps them as written.
 */
final class SiteReader {
    private final Map<String, Object> doc;
    private final List<Finding> problems = new ArrayList<>();

    private SiteReader(Map<String, Object> doc) {
        this.doc = doc;
    }

    /** The site, and what the file says inconsistently. */
    record Read(Site site, List<Finding> problems) {
    }

    static Read read(Map<String, Object> doc) {
        SiteReader r = new SiteReader(doc);
        Site site = new Site(r.registration(), r.host(), r.network(), null, r.install(), null);
        return new Read(site, r.problems);
    }

    private Object raw(SiteProperty p) {
        return TreeValues.at(doc, p.userData().split("\\."));
    }

    private String text(SiteProperty p) {
        return TreeValues.text(raw(p));
    }

    private boolean on(SiteProperty p) {
        return Boolean.TRUE.equals(TreeValues.bool(raw(p)));
    }

    private Registration registration() {
        String management = text(MANAGEMENT_MODE);
        String installation = TreeValues.text(TreeValues.at(doc, UserDataSchema.INSTALLATION_MODE.path().split("\\.")));
        ManagementMode mode = "local".equals(management) ? ManagementMode.LOCAL : ManagementMode.CENTRAL;
        if (management == null && "airgap".equals(installation)) {
            mode = ManagementMode.LOCAL; // the older key: airgap is local management
        } else if (management != null && installation != null
                && management.equals("local") != installation.equals("airgap")) {
            problems.add(Finding.error("management.conflict", UserDataSchema.INSTALLATION_MODE.path(),
                    "installationMode " + installation + " contradicts managementMode " + management + "; keep one"));
        }
        String url = text(REGISTRATION_URL);
        RegistrationMode registration = on(REGISTRATION_MODE) ? RegistrationMode.MANUAL
                : url != null && !url.isEmpty() ? RegistrationMode.QR : RegistrationMode.AUTO;
        return new Registration(mode, registration, text(ENDPOINT), Secret.of(text(TOKEN)), text(PROJECT_NAME),
                text(PROJECT_UID), text(HOST_ID), TreeValues.textMap(raw(TAGS)), url, on(INSECURE),
                TreeValues.texts(raw(CA_CERTS)), text(PREFIX));
    }

    private Host host() {
        return new Host(text(HOSTNAME), null, List.of(), null, TreeValues.texts(raw(NTP)), false);
    }

    private Network network() {
        String noProxy = text(NO_PROXY);
        Proxy proxy = new Proxy(text(HTTP_PROXY), text(HTTPS_PROXY),
                noProxy == null || noProxy.isEmpty() ? List.of() : Arrays.asList(noProxy.split(",", -1)));
        List<Nic> nics = new ArrayList<>();
        if (TreeValues.at(doc, UserDataSchema.INTERFACES.path().split("\\.")) instanceof Map<?, ?> interfaces) {
            for (Map.Entry<?, ?> e : interfaces.entrySet()) {
                Object i = e.getValue();
                Addressing a = Addressing.STATIC.value().equals(TreeValues.text(field(i, 0))) ? Addressing.STATIC
                        : Addressing.DHCP;
                boolean isStatic = a == Addressing.STATIC;
                IpConfig ip = new IpConfig(a, isStatic ? TreeValues.text(field(i, 1)) : null,
                        isStatic ? TreeValues.text(field(i, 2)) : null, isStatic ? TreeValues.text(field(i, 3)) : null,
                        TreeValues.text(field(i, 4)));
                nics.add(new Nic(String.valueOf(e.getKey()), ip, false));
            }
        }
        return new Network(nics, List.of(), List.of(), List.of(), text(NAMESERVER), proxy);
    }

    /** Addressing value {@code n} of an interface entry, by its user-data key. */
    private static Object field(Object entry, int n) {
        String key = ADDRESSING.get(n).userData();
        return TreeValues.at(entry, key.substring(key.lastIndexOf('.') + 1));
    }

    private InstallOptions install() {
        return new InstallOptions(on(POWEROFF), on(REBOOT), text(EXTRA_CMDLINE), TreeValues.texts(raw(BIND_MOUNTS)));
    }
}
