package io.edgesite.render;

import static io.edgesite.properties.SiteProperties.*;

import io.edgesite.model.Bond;
import io.edgesite.model.Bridge;
import io.edgesite.model.Cluster;
import io.edgesite.model.Host;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Registration;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.model.Vlan;
import io.edgesite.properties.SiteList;
import io.edgesite.properties.SiteProperties;
import io.edgesite.properties.SiteProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site as an answers tree, each value at its path in {@link SiteProperties}; what says nothing (empty
 * text, an empty list, false, a zero MTU) is left out, so an answers file holds what was chosen.
 */
final class AnswersWriter {
    private final Map<String, Object> doc = new LinkedHashMap<>();
    private final boolean complete;

    private AnswersWriter(boolean complete) {
        this.complete = complete;
    }

    /**
     * The answers tree of a site; {@code complete} writes every value, empty ones too (a form shows them all),
     * otherwise only the values that say something.
     */
    static Map<String, Object> tree(Site site, boolean complete) {
        AnswersWriter w = new AnswersWriter(complete);
        w.doc.put(AnswersFormat.VERSION_KEY, AnswersFormat.VERSION);
        w.registration(site.registration());
        w.host(site.host());
        w.network(site.network());
        if (site.hasCluster()) {
            w.cluster(site.cluster());
        }
        w.install(site.install());
        if (!site.passthrough().isEmpty()) {
            w.doc.put(AnswersFormat.USER_DATA_KEY, new LinkedHashMap<>(site.passthrough().tree()));
        }
        return w.doc;
    }

    /** Only the cluster section, for the comment under #cloud-config. */
    static Map<String, Object> clusterSection(Cluster c) {
        AnswersWriter w = new AnswersWriter(false);
        w.cluster(c);
        return Trees.cast((Map<?, ?>) w.doc.get(DISTRIBUTION.parent()));
    }

    private void registration(Registration r) {
        put(MANAGEMENT_MODE, r.managementMode().value());
        if (r.managementMode() == ManagementMode.CENTRAL || complete) {
            put(REGISTRATION_MODE, r.registrationMode().value()); // without Palette there is no registration
        }
        put(ENDPOINT, r.paletteEndpoint());
        put(TOKEN, r.edgeHostToken().reveal());
        put(PROJECT_NAME, r.projectName());
        put(PROJECT_UID, r.projectUid());
        put(HOST_ID, r.hostId());
        put(TAGS, new LinkedHashMap<String, Object>(r.tags()));
        put(REGISTRATION_URL, r.registrationUrl());
        put(INSECURE, r.insecureSkipVerify());
        put(CA_CERTS, new ArrayList<Object>(r.caCerts()));
        put(PREFIX, r.prefix());
    }

    private void host(Host h) {
        put(HOSTNAME, h.hostname());
        put(DEPLOYMENT_MODE, h.deploymentMode().value());
        for (int i = 0; i < h.users().size(); i++) {
            User u = h.users().get(i);
            item(USERS, i);
            put(USER_NAME.at(i), u.name());
            put(USER_PASSWORD.at(i), u.password().reveal());
            put(USER_GROUPS.at(i), new ArrayList<Object>(u.groups()));
            put(USER_KEYS.at(i), new ArrayList<Object>(u.sshAuthorizedKeys()));
        }
        if (!h.usersStepName().equals(Host.DEFAULT_USERS_STEP) || complete) {
            place(USERS_STEP.path(), h.usersStepName());
        }
        put(NTP, new ArrayList<Object>(h.ntpServers()));
        put(PREPARE_NETWORKD, h.prepareNetworkd());
    }

    private void network(Network n) {
        put(NAMESERVER, n.nameserver());
        put(HTTP_PROXY, n.proxy().httpProxy());
        put(HTTPS_PROXY, n.proxy().httpsProxy());
        put(NO_PROXY, new ArrayList<Object>(n.proxy().noProxy()));
        for (int i = 0; i < n.nics().size(); i++) {
            Nic nic = n.nics().get(i);
            item(NICS, i);
            put(NIC_NAME.at(i), nic.name());
            ip(NICS, i, nic.ip(), nic.mtu());
            put(NIC_VMXNET3.at(i), nic.vmxnet3());
        }
        for (int i = 0; i < n.bonds().size(); i++) {
            Bond b = n.bonds().get(i);
            item(BONDS, i);
            put(BOND_NAME.at(i), b.name());
            put(BOND_MEMBERS.at(i), new ArrayList<Object>(b.members()));
            put(BOND_MODE.at(i), b.mode().value());
            ip(BONDS, i, b.ip(), b.mtu());
        }
        for (int i = 0; i < n.vlans().size(); i++) {
            Vlan v = n.vlans().get(i);
            item(VLANS, i);
            put(VLAN_PARENT.at(i), v.parent());
            place(VLAN_ID.at(i), v.id());
            put(VLAN_NAME.at(i), v.name());
            ip(VLANS, i, v.ip(), v.mtu());
        }
        for (int i = 0; i < n.bridges().size(); i++) {
            Bridge b = n.bridges().get(i);
            item(BRIDGES, i);
            put(BRIDGE_NAME.at(i), b.name());
            put(BRIDGE_PORTS.at(i), new ArrayList<Object>(b.ports()));
            ip(BRIDGES, i, b.ip(), b.mtu());
        }
    }

    private void ip(SiteList list, int i, IpConfig ip, int mtu) {
        List<SiteProperty> a = SiteProperties.ADDRESSING;
        put(SiteProperties.of(list, a.get(0)).at(i), ip.addressing().value());
        put(SiteProperties.of(list, a.get(1)).at(i), ip.address());
        put(SiteProperties.of(list, a.get(2)).at(i), ip.mask());
        put(SiteProperties.of(list, a.get(3)).at(i), ip.gateway());
        put(SiteProperties.of(list, a.get(4)).at(i), ip.nameserver());
        if (mtu != 0) {
            place(SiteProperties.of(list, a.get(5)).at(i), mtu);
        }
    }

    private void cluster(Cluster c) {
        put(DISTRIBUTION, c.distribution().value());
        put(KUBERNETES, c.kubernetesVersion());
        place(NODES.path(), c.nodes());
        put(CNI, c.cni().value());
        put(POD_CIDR, c.podCidr());
        put(SERVICE_CIDR, c.serviceCidr());
        put(VIP, c.vip());
        place(OVERLAY.path(), c.overlay());
        put(OVERLAY_CIDR, c.overlayCidr());
    }

    private void install(InstallOptions i) {
        put(POWEROFF, i.poweroff());
        put(REBOOT, i.reboot());
        put(EXTRA_CMDLINE, i.extraCmdline());
        put(BIND_MOUNTS, new ArrayList<Object>(i.bindMounts()));
    }

    private void put(SiteProperty p, Object value) {
        put(p.path(), value);
    }

    /** Places a value that says something: not empty, not false. */
    private void put(String path, Object value) {
        boolean empty = value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty() || Boolean.FALSE.equals(value);
        if (!empty || complete) {
            place(path, value);
        }
    }

    /** Makes sure entry {@code index} of a list exists, whatever its values say. */
    private void item(SiteList list, int index) {
        mapAt(list.at(index));
    }

    private void place(String path, Object value) {
        int dot = path.lastIndexOf('.');
        mapAt(path.substring(0, dot)).put(path.substring(dot + 1), value);
    }

    /** The mapping at a path such as {@code network.nics[2]}, created on the way. */
    private Map<String, Object> mapAt(String path) {
        return PropertyText.mapAt(doc, path);
    }
}
