package io.edgesite.validators;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.model.Addressing;
import io.edgesite.model.Bond;
import io.edgesite.model.BondMode;
import io.edgesite.model.Bridge;
import io.edgesite.model.Cluster;
import io.edgesite.model.Cni;
import io.edgesite.model.DeploymentMode;
import io.edgesite.model.Distribution;
import io.edgesite.model.Host;
import io.edgesite.model.InstallOptions;
import io.edgesite.model.IpConfig;
import io.edgesite.model.ManagementMode;
import io.edgesite.model.Network;
import io.edgesite.model.Nic;
import io.edgesite.model.Passthrough;
import io.edgesite.model.PlainScalar;
import io.edgesite.model.Proxy;
import io.edgesite.model.Registration;
import io.edgesite.model.RegistrationMode;
import io.edgesite.model.Secret;
import io.edgesite.model.Site;
import io.edgesite.model.User;
import io.edgesite.model.Vlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule, with values that must pass and values (hostile ones included) that must trip it. */
class RuleTableTest {

    static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBvQ operator@site";

    /** A complete, valid site: static NIC 10.0.10.25/24, VIP 10.0.10.250, overlay off. */
    static Site valid() {
        Registration r = new Registration(ManagementMode.CENTRAL, RegistrationMode.AUTO, "api.spectrocloud.com",
                Secret.of("aUAxxxxxxxxx0ChYCrO"), "stores", "", "edge-store-1", Map.of("city", "chicago"), "",
                false, List.of(), "");
        Host h = new Host("store-1", DeploymentMode.APPLIANCE,
                List.of(new User("kairos", Secret.of("s3cret"), List.of("sudo"), List.of(KEY))), null,
                List.of("pool.ntp.org"));
        Network n = new Network(List.of(new Nic("enp0s3", IpConfig.staticAddress("10.0.10.25/24", "10.0.10.1",
                "10.10.128.8"), false)), List.of(), List.of(), List.of(), "1.1.1.1", Proxy.none());
        Cluster c = new Cluster(Distribution.PXK_E, "1.32", 1, Cni.CALICO, null, null, false, "10.0.10.250", null);
        return new Site(r, h, n, c, InstallOptions.none(), null);
    }

    static Site reg(Site s, UnaryOperator<Registration.Builder> f) {
        return s.withRegistration(f.apply(Registration.Builder.from(s.registration())).build());
    }

    static Site nic(Site s, Nic nic) {
        Network n = s.network();
        return s.withNetwork(new Network(List.of(nic), n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
    }

    static Site nics(Site s, Nic... nics) {
        Network n = s.network();
        return s.withNetwork(new Network(List.of(nics), n.bonds(), n.vlans(), n.bridges(), n.nameserver(), n.proxy()));
    }

    static Site cluster(Site s, Distribution d, int nodes, Cni cni, String pod, String svc, boolean overlay,
            String vip, String cidr) {
        return s.withCluster(new Cluster(d, s.cluster().kubernetesVersion(), nodes, cni, pod, svc, overlay, vip, cidr));
    }

    static Site overlay(Site s, String cidr) {
        Cluster c = s.cluster();
        return cluster(s, c.distribution(), c.nodes(), c.cni(), c.podCidr(), c.serviceCidr(), true, c.vip(), cidr);
    }

    static Site vip(Site s, String vip) {
        Cluster c = s.cluster();
        return cluster(s, c.distribution(), c.nodes(), c.cni(), c.podCidr(), c.serviceCidr(), false, vip, null);
    }

    static Site mode(Site s, DeploymentMode m) {
        Host h = s.host();
        return s.withHost(new Host(h.hostname(), m, h.users(), h.usersStepName(), h.ntpServers()));
    }

    static Site host(Site s, String hostname, List<String> ntp, User... users) {
        Host h = s.host();
        return s.withHost(new Host(hostname, h.deploymentMode(), users.length == 0 ? h.users() : List.of(users),
                null, ntp));
    }

    static Site net(Site s, List<Bond> bonds, List<Vlan> vlans, List<Bridge> bridges) {
        Network n = s.network();
        return s.withNetwork(new Network(n.nics(), bonds, vlans, bridges, n.nameserver(), n.proxy()));
    }

    static Site proxy(Site s, String http, String https, List<String> noProxy) {
        Network n = s.network();
        return s.withNetwork(new Network(n.nics(), n.bonds(), n.vlans(), n.bridges(), n.nameserver(),
                new Proxy(http, https, noProxy)));
    }

    static Site dns(Site s, String dns) {
        Network n = s.network();
        return s.withNetwork(new Network(n.nics(), n.bonds(), n.vlans(), n.bridges(), dns, n.proxy()));
    }

    static Nic staticNic(String name, String address, String gateway) {
        return new Nic(name, IpConfig.staticAddress(address, gateway, ""), false);
    }

    static Nic dhcpNic(String name) {
        return new Nic(name, IpConfig.dhcp(), false);
    }

    static Arguments trips(String rule, String path, Site site) {
        return Arguments.of(rule, path, site);
    }

    /** The source each rule enforces: a sentence of Palette's docs, or the standard or system behind it. */
    static final Map<String, String> CITES = RuleCitations.ALL;

    static Stream<Arguments> violations() {
        Site v = valid();
        return Stream.of(
                trips("endpoint.default", "registration.paletteEndpoint", reg(v, b -> b.endpoint(""))),
                trips("endpoint.invalid", "registration.paletteEndpoint", reg(v, b -> b.endpoint("https://api.spectrocloud.com/"))),
                trips("endpoint.invalid", "registration.paletteEndpoint", reg(v, b -> b.endpoint("api.spectro cloud.com"))),
                trips("endpoint.invalid", "registration.paletteEndpoint", reg(v, b -> b.endpoint("api;reboot"))),
                trips("token.required", "registration.edgeHostToken", reg(v, b -> b.token(""))),
                trips("token.invalid", "registration.edgeHostToken", reg(v, b -> b.token("abc\nreboot"))),
                trips("token.invalid", "registration.edgeHostToken", reg(v, b -> b.token("abc $(reboot)"))),
                trips("token.invalid", "registration.edgeHostToken", reg(v, b -> b.token("x".repeat(513)))),
                trips("token.invalid", "registration.edgeHostToken", reg(v, b -> b.token("tökén"))),
                trips("project.invalid", "registration.projectName", reg(v, b -> b.projectName("a\nb"))),
                trips("project.invalid", "registration.projectUid", reg(v, b -> b.projectUid("12-34"))),
                trips("host-id.invalid", "registration.hostId", reg(v, b -> b.hostId("edge.store-1"))),
                trips("host-id.invalid", "registration.hostId", reg(v, b -> b.hostId("e".repeat(129)))),
                trips("host-id.invalid", "registration.hostId", reg(v, b -> b.hostId("edge;rm -rf /"))),
                trips("host-id.invalid", "registration.hostId", reg(v, b -> b.hostId("edge-$random"))),
                trips("host-id.invalid", "registration.hostId", reg(v, b -> b.hostId("edge\n1"))),
                trips("host-id.space", "registration.hostId", reg(v, b -> b.hostId("edge store 1"))),
                trips("prefix.invalid", "registration.prefix", reg(v, b -> b.prefix("edge_site"))),
                trips("token.recommended", "registration.edgeHostToken", reg(v, b -> b.mode(RegistrationMode.MANUAL).token(""))),
                trips("host-id.recommended", "registration.hostId",
                        reg(v, b -> b.mode(RegistrationMode.MANUAL).token("").hostId(""))),
                trips("tag.key.invalid", "registration.tags[\"k\n\"]", reg(v, b -> b.tags(Map.of("k\n", "x")))),
                trips("tag.key.invalid", "registration.tags[\" \"]", reg(v, b -> b.tags(Map.of(" ", "x")))),
                trips("tag.value.invalid", "registration.tags.k", reg(v, b -> b.tags(Map.of("k", "a\u0000b")))),
                trips("registration-url.required", "registration.registrationUrl",
                        reg(v, b -> b.mode(RegistrationMode.QR).token(""))),
                trips("registration-url.invalid", "registration.registrationUrl", reg(v, b -> b.url("not a url"))),
                trips("ca-cert.not-pem", "registration.caCerts[0]", reg(v, b -> b.caCerts(List.of("hello")))),
                trips("ca-cert.private-key", "registration.caCerts[0]", reg(v, b -> b.caCerts(List.of(
                        "-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n")))),
                trips("tls.insecure", "registration.insecureSkipVerify", reg(v, b -> b.insecure(true))),
                trips("hostname.invalid", "host.hostname", host(v, "store_1", List.of())),
                trips("hostname.invalid", "host.hostname", host(v, "store-1\n", List.of())),
                trips("ntp.invalid", "host.ntpServers[0]", host(v, "", List.of("ntp server"))),
                trips("user.name.invalid", "host.users[0].name",
                        host(v, "", List.of(), new User("ro:ot", Secret.of("x"), List.of(), List.of()))),
                trips("user.name.unusual", "host.users[0].name",
                        host(v, "", List.of(), new User("Root!", Secret.of("x"), List.of(), List.of()))),
                trips("user.duplicate", "host.users[1].name", host(v, "", List.of(),
                        new User("ops", Secret.of("x"), List.of(), List.of()),
                        new User("ops", Secret.of("y"), List.of(), List.of()))),
                trips("user.no-login", "host.users[0].password",
                        host(v, "", List.of(), new User("ops", Secret.empty(), List.of(), List.of()))),
                trips("user.password.invalid", "host.users[0].password",
                        host(v, "", List.of(), new User("ops", Secret.of("a\nb"), List.of(), List.of()))),
                trips("user.ssh-key.invalid", "host.users[0].sshAuthorizedKeys[0]",
                        host(v, "", List.of(), new User("ops", Secret.of("x"), List.of(), List.of("ssh-rsa\nAAAA")))),
                trips("user.group.invalid", "host.users[0].groups[0]",
                        host(v, "", List.of(), new User("ops", Secret.of("x"), List.of("wheel:id"), List.of()))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("eth0;reboot", "10.0.10.25/24", ""))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("eth 0", "10.0.10.25/24", ""))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("eth0\n", "10.0.10.25/24", ""))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("enp0s3:1", "10.0.10.25/24", ""))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("a/b", "10.0.10.25/24", ""))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("enp0s20f0u1u2c23", "10.0.10.25/24", ""))),
                trips("interface.name.invalid", "network.nics[0].name", nic(v, staticNic("ëth0", "10.0.10.25/24", ""))),
                trips("interface.duplicate", "network.nics[1].name",
                        nics(v, staticNic("eth0", "10.0.10.25/24", ""), dhcpNic("eth0"))),
                trips("address.required", "network.nics[0].address", nic(v, staticNic("eth0", "", ""))),
                trips("mask.invalid", "network.nics[0].mask",
                        nic(v, new Nic("eth0", new IpConfig(Addressing.STATIC, "10.0.10.25", "255.0.255.0", "", ""), false))),
                trips("address.invalid", "network.nics[0].address",
                        nic(v, new Nic("eth0", new IpConfig(Addressing.STATIC, "10.0.10.25/24", "255.255.255.0", "", ""), false))),
                trips("mtu.not-written", "network.nics[0].mtu",
                        nic(v, new Nic("enp0s3", IpConfig.staticAddress("10.0.10.25/24", "10.0.10.1", ""), false, 9000))),
                trips("mtu.invalid", "network.nics[0].mtu",
                        nic(v, new Nic("enp0s3", IpConfig.staticAddress("10.0.10.25/24", "10.0.10.1", ""), false, 67))),
                trips("address.invalid", "network.nics[0].address", nic(v, staticNic("eth0", "10.0.10.25", ""))),
                trips("address.invalid", "network.nics[0].address", nic(v, staticNic("eth0", "10.0.10.256/24", ""))),
                trips("address.invalid", "network.nics[0].address", nic(v, staticNic("eth0", "10.0.10.25/4", ""))),
                trips("address.is-network", "network.nics[0].address", nic(v, staticNic("eth0", "10.0.10.0/24", ""))),
                trips("address.is-broadcast", "network.nics[0].address", nic(v, staticNic("eth0", "10.0.10.255/24", ""))),
                trips("address.duplicate", "network.nics[1].address",
                        nics(v, staticNic("eth0", "10.0.10.25/24", ""), staticNic("eth1", "10.0.10.25/24", ""))),
                trips("address.subnet-shared", "network.nics[1].address",
                        nics(v, staticNic("eth0", "10.0.10.25/24", ""), staticNic("eth1", "10.0.10.26/24", ""))),
                trips("gateway.invalid", "network.nics[0].gateway", nic(v, staticNic("eth0", "10.0.10.25/24", "gw"))),
                trips("gateway.is-self", "network.nics[0].gateway", nic(v, staticNic("eth0", "10.0.10.25/24", "10.0.10.25"))),
                trips("gateway.outside-subnet", "network.nics[0].gateway", nic(v, staticNic("eth0", "10.0.10.25/24", "10.0.11.1"))),
                trips("dns.invalid", "network.nics[0].nameserver",
                        nic(v, new Nic("eth0", IpConfig.staticAddress("10.0.10.25/24", "", "dns.local"), false))),
                trips("dns.invalid", "network.nameserver", dns(v, "1.1.1.1,8.8.8.8")),
                trips("bond.members.missing", "network.bonds[0].members",
                        net(v, List.of(new Bond("bond0", List.of(), BondMode.LACP, null)), List.of(), List.of())),
                trips("bond.member.undeclared", "network.bonds[0].members[0]",
                        net(v, List.of(new Bond("bond0", List.of("eth9"), BondMode.LACP, null)), List.of(), List.of())),
                trips("bond.member.shared", "network.bonds[1].members[0]",
                        net(v, List.of(new Bond("bond0", List.of("eth9"), null, null),
                                new Bond("bond1", List.of("eth9"), null, null)), List.of(), List.of())),
                trips("bond.member.addressed", "network.bonds[0].members[0]",
                        net(v, List.of(new Bond("bond0", List.of("enp0s3"), null, null)), List.of(), List.of())),
                trips("bond.member.addressed", "network.bonds[0].members[0]",
                        net(nic(v, new Nic("enp0s3", IpConfig.dhcp(), false)),
                                List.of(new Bond("bond0", List.of("enp0s3"), null, IpConfig.dhcp())), List.of(), List.of())),
                trips("vlan.id.invalid", "network.vlans[0].id", net(v, List.of(), List.of(new Vlan("enp0s3", 4095, "", null)), List.of())),
                trips("vlan.id.invalid", "network.vlans[0].id", net(v, List.of(), List.of(new Vlan("enp0s3", 0, "", null)), List.of())),
                trips("vlan.parent.unknown", "network.vlans[0].parent", net(v, List.of(), List.of(new Vlan("eth7", 10, "", null)), List.of())),
                trips("vlan.duplicate", "network.vlans[1].id", net(v, List.of(),
                        List.of(new Vlan("enp0s3", 10, "", null), new Vlan("enp0s3", 10, "v10", null)), List.of())),
                trips("interface.name.invalid", "network.vlans[0].name", net(v,
                        List.of(new Bond("bond_management", List.of("eth9"), null, null)),
                        List.of(new Vlan("bond_management", 10, "", null)), List.of())),
                trips("bridge.port.undeclared", "network.bridges[0].ports[0]",
                        net(v, List.of(), List.of(), List.of(new Bridge("br0", List.of("eth5"), null)))),
                trips("proxy.invalid", "network.proxy.http", proxy(v, "proxy:3128", "", List.of())),
                trips("proxy.invalid", "network.proxy.https", proxy(v, "", "ftp://proxy", List.of())),
                trips("no-proxy.invalid", "network.proxy.noProxy[1]", proxy(v, "http://p:3128", "", List.of("10.0.0.0/8", "not a host!"))),
                trips("no-proxy.unused", "network.proxy.noProxy", proxy(v, "", "", List.of("10.0.0.0/8"))),
                trips("dhcp.multi-nic", "network.nics", nics(v, dhcpNic("eth0"), dhcpNic("eth1"))),
                trips("kubernetes.version.invalid", "cluster.kubernetesVersion", v.withCluster(
                        new Cluster(Distribution.PXK_E, "v1.32; echo", 1, null, null, null, false, "10.0.10.250", null))),
                trips("kubernetes.version.unsupported", "cluster.kubernetesVersion", v.withCluster(
                        new Cluster(Distribution.PXK_E, "1.25", 1, null, null, null, false, "10.0.10.250", null))),
                trips("nodes.invalid", "cluster.nodes", cluster(v, Distribution.PXK_E, 0, Cni.CALICO, null, null, false, "10.0.10.250", null)),
                trips("topology.two-node", "cluster.nodes", cluster(v, Distribution.PXK_E, 2, Cni.CALICO, null, null, false, "10.0.10.250", null)),
                trips("topology.two-node", "cluster.nodes", mode(cluster(v, Distribution.K3S, 2, Cni.FLANNEL, null, null, false, "10.0.10.250", null), DeploymentMode.AGENT)),
                trips("cni.unusual", "cluster.cni", cluster(v, Distribution.K3S, 1, Cni.CILIUM, null, null, false, "10.0.10.250", null)),
                trips("cni.unusual", "cluster.cni", cluster(v, Distribution.CANONICAL, 1, Cni.CALICO, null, null, false, "10.0.10.250", null)),
                trips("pod-cidr.invalid", "cluster.podCidr", cluster(v, Distribution.PXK_E, 1, Cni.CALICO, "192.168.1.0/16", null, false, "10.0.10.250", null)),
                trips("service-cidr.invalid", "cluster.serviceCidr", cluster(v, Distribution.PXK_E, 1, Cni.CALICO, null, "garbage", false, "10.0.10.250", null)),
                trips("cidr.pod-service-overlap", "cluster.serviceCidr", cluster(v, Distribution.PXK_E, 1, Cni.CALICO, "100.64.0.0/16", "100.64.128.0/18", false, "10.0.10.250", null)),
                trips("cidr.pod-host-overlap", "cluster.podCidr", cluster(v, Distribution.PXK_E, 1, Cni.CALICO, "10.0.0.0/16", null, false, "10.0.10.250", null)),
                trips("cidr.service-host-overlap", "cluster.serviceCidr", cluster(v, Distribution.PXK_E, 1, Cni.CALICO, null, "10.0.0.0/8", false, "10.0.10.250", null)),
                trips("vip.required", "cluster.vip", vip(v, "")),
                trips("vip.invalid", "cluster.vip", vip(v, "10.0.10.250/24")),
                trips("vip.is-host-address", "cluster.vip", vip(v, "10.0.10.25")),
                trips("vip.is-gateway", "cluster.vip", vip(v, "10.0.10.1")),
                trips("vip.is-network-address", "cluster.vip", vip(v, "10.0.10.0")),
                trips("vip.is-broadcast-address", "cluster.vip", vip(v, "10.0.10.255")),
                trips("vip.outside-subnet", "cluster.vip", vip(v, "10.0.11.250")),
                trips("vip.unverified", "cluster.vip", nic(v, dhcpNic("eth0"))),
                trips("vip.external", "cluster.vip", vip(v, "172.16.9.9").withPassthrough(new Passthrough(
                        Map.of("stylus", Map.of("vip", Map.of("skip", new PlainScalar("true"))))))),
                trips("vip.in-pod-cidr", "cluster.vip", vip(nic(v, dhcpNic("eth0")), "192.168.10.250")),
                trips("vip.in-service-cidr", "cluster.vip", vip(v, "192.169.0.10")),
                trips("address.too-many", "network", nics(v, java.util.stream.IntStream.range(0, 257)
                        .mapToObj(i -> staticNic("e" + i, "10." + (i >> 8) + "." + (i & 255) + ".5/24", ""))
                        .toArray(Nic[]::new))),
                trips("overlay.unsupported", "cluster.overlay.enabled",
                        overlay(cluster(v, Distribution.CANONICAL, 1, Cni.CILIUM, null, null, false, "", null), "100.64.192.0/23")),
                trips("overlay.unsupported", "cluster.overlay.enabled",
                        overlay(cluster(v, Distribution.K3S, 3, Cni.FLANNEL, null, null, false, "", null), "100.64.192.0/23")
                                .withCluster(new Cluster(Distribution.CANONICAL, "1.32", 3, Cni.CILIUM, null, null, true, "", null))),
                trips("overlay.cidr.invalid", "cluster.overlay.cidr", overlay(v, "100.64.193.0/23")),
                trips("overlay.cidr.invalid", "cluster.overlay.cidr", overlay(v, "100.64.192.0/23\n")),
                trips("overlay.cidr.not-private", "cluster.overlay.cidr", overlay(v, "8.8.8.0/24")),
                trips("overlay.cidr.not-private", "cluster.overlay.cidr", overlay(v, "100.0.0.0/8")),
                trips("overlay.cidr.too-small", "cluster.overlay.cidr", overlay(v, "10.9.9.0/31")),
                trips("overlay.cidr.too-small", "cluster.overlay.cidr",
                        overlay(cluster(v, Distribution.PXK_E, 3, Cni.CALICO, null, null, true, "", null), "10.9.9.0/30")),
                trips("overlay.cidr.host-overlap", "cluster.overlay.cidr", overlay(v, "10.0.0.0/16")),
                trips("overlay.cidr.pod-overlap", "cluster.overlay.cidr", overlay(v, "192.168.0.0/23")),
                trips("overlay.cidr.service-overlap", "cluster.overlay.cidr",
                        overlay(cluster(v, Distribution.PXK_E, 1, Cni.CALICO, null, "100.64.0.0/16", true, "", null), "100.64.192.0/23")),
                trips("overlay.vip", "cluster.overlay.cidr", overlay(v, "100.64.192.0/23")),
                trips("overlay.static-ip", "network.nics", overlay(v, "100.64.192.0/23")),
                trips("overlay.cni.scbr", "cluster.cni", overlay(cluster(v, Distribution.PXK_E, 1, Cni.OTHER, null, null, true, "", null), "100.64.192.0/23")),
                trips("overlay.agent.networkd", "host.deploymentMode", mode(overlay(v, "100.64.192.0/23"), DeploymentMode.AGENT)),
                trips("vmxnet3.offload", "network.nics",
                        overlay(nic(v, new Nic("ens192", IpConfig.staticAddress("10.0.10.25/24", "", ""), true)), "100.64.192.0/23")),
                trips("install.poweroff-reboot", "install.reboot", v.withInstall(new InstallOptions(true, true, "", List.of()))),
                trips("install.cmdline.invalid", "install.extraCmdline", v.withInstall(new InstallOptions(false, false, "fips=1\nx", List.of()))));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("violations")
    void eachRuleTripsOnItsBadValue(String rule, String path, Site site) {
        assertThat(CITES.get(rule)).as("the source rule " + rule + " enforces").isNotBlank();
        String cite = CITES.get(rule);
        if (RuleCitations.PALETTE_PAGES.stream().anyMatch(cite::contains) && !cite.startsWith("not in the docs:")) {
            assertThat(cite).as(rule + " cites a Palette page by its sentence").containsPattern("\"[^\"]{12,}\"");
        }
        List<Finding> findings = SiteValidator.validate(site);
        assertThat(findings).as(findings.toString())
                .anySatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(rule);
                    assertThat(f.path()).isEqualTo(path);
                    assertThat(f.message()).isNotBlank().doesNotContain("\n");
                });
    }

    @Test
    void theValidSiteHasNoFindingAtAll() {
        assertThat(SiteValidator.validate(valid())).isEmpty();
    }

    static Stream<Arguments> acceptable() {
        Site v = valid();
        return Stream.of(
                Arguments.of("host ID $random", reg(v, b -> b.hostId("$random"))),
                Arguments.of("upper-case host ID of 128 characters", reg(v, b -> b.hostId("Edge-" + "S".repeat(123)))),
                Arguments.of("free-form tags", reg(v, b -> b.tags(Map.of("Location", "Mumbai,India", "a b", "$(id)")))),
                Arguments.of("address with a separate mask", nic(v, new Nic("enp0s3",
                        new IpConfig(Addressing.STATIC, "10.0.10.25", "255.255.255.0", "10.0.10.1", ""), false))),
                Arguments.of("no endpoint: the default applies", reg(v, b -> b.endpoint(""))),
                Arguments.of("manual registration without host ID, ID read from files", reg(v, b -> b.mode(RegistrationMode.MANUAL)
                        .hostId("")).withPassthrough(new Passthrough(Map.of("stylus", Map.of("site", Map.of("deviceUIDPaths",
                        List.of(Map.of("name", "/etc/palette/metadata")))))))),
                Arguments.of("external load balancer VIP off the hosts' subnet", vip(v, "172.16.9.9").withPassthrough(
                        new Passthrough(Map.of("stylus", Map.of("vip", Map.of("skip", new PlainScalar("true"))))))),
                Arguments.of("jumbo frames on a bond", net(nics(v, new Nic("enp0s3", IpConfig.none(), false, 9000),
                        staticNic("enp0s4", "10.0.11.25/24", "")), List.of(new Bond("bond0", List.of("enp0s3"), null,
                        IpConfig.staticAddress("10.0.10.25/24", "10.0.10.1", ""), 9000)), List.of(), List.of())),
                Arguments.of("endpoint with port", reg(v, b -> b.endpoint("palette.corp.local:8443"))),
                Arguments.of("local management without endpoint or token",
                        reg(v, b -> b.management(ManagementMode.LOCAL).endpoint("").token(""))),
                Arguments.of("QR registration with URL and no token",
                        reg(v, b -> b.mode(RegistrationMode.QR).token("").url("https://edge-registration-app.vercel.app/"))),
                Arguments.of("empty tag value", reg(v, b -> b.tags(Map.of("zip-code", "95135", "flag", "")))),
                Arguments.of("15-character NIC name", nic(v, staticNic("enp0s20f0u1u2c2", "10.0.10.25/24", "10.0.10.1"))),
                Arguments.of("VLAN named short on a long bond", net(v,
                        List.of(new Bond("bond_management", List.of("eth9"), null, null)),
                        List.of(new Vlan("bond_management", 10, "bond_mgmt.10", null)), List.of())),
                Arguments.of("proxy on an internal suffix with credentials",
                        proxy(v, "http://user:pw@proxy.plant7.lan:3128", "https://proxy.example", List.of(".corp", "10.0.0.0/8", "*.svc"))),
                Arguments.of("two NICs, DHCP, overlay on", overlay(nics(v, dhcpNic("eth0"), dhcpNic("eth1")), "100.64.192.0/23")),
                Arguments.of("canonical two-node with overlay", overlay(cluster(v, Distribution.CANONICAL, 2, Cni.CILIUM, null, null, true, "", null), "100.64.192.0/23")),
                Arguments.of("RKE2 FIPS-free local agent overlay", mode(reg(overlay(cluster(v, Distribution.RKE2, 3, Cni.CALICO, null, null, true, "", null), "172.30.0.0/23"),
                        b -> b.management(ManagementMode.LOCAL).endpoint("").token("")), DeploymentMode.AGENT)),
                Arguments.of("/31 point-to-point host address", overlay(nic(v, staticNic("eth0", "10.0.10.0/31", "")), "100.64.192.0/23")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptable")
    void acceptableSitesHaveNoErrors(String what, Site site) {
        List<Finding> errors = SiteValidator.validate(site).stream().filter(Finding::isError).toList();
        assertThat(errors).as(what).isEmpty();
    }

    @Test
    void everyRuleInTheSourcesHasARowInTheTable() throws IOException {
        Pattern id = Pattern.compile("Finding\\.(error|warning|note)\\(\"([a-z0-9.-]+)\"");
        Set<String> inSources = new TreeSet<>();
        // The site rules of this package; the user-data schema rules have their own table (SchemaLintTest).
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/edgesite/validators"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = id.matcher(Files.readString(p));
                while (m.find()) {
                    inSources.add(m.group(2));
                }
            }
        }
        Set<String> inTable = violations().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inSources).isNotEmpty();
        assertThat(inTable).containsAll(inSources);
    }

    @Test
    void theTokenNeverAppearsInAnyMessage() {
        String token = "tok-SECRET-value\n";
        List<Finding> findings = SiteValidator.validate(reg(valid(), b -> b.token(token)));
        assertThat(findings).isNotEmpty();
        assertThat(findings.toString()).doesNotContain("SECRET");
    }
}
