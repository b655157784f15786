package io.edgesite.validators;

import java.util.Map;

/**
 * What each site rule enforces, cited: Palette's docs ("IR" is the Edge Installer Configuration Reference) by
 * the sentence quoted, or, for rules Palette's docs do not state, the standard or system behaviour behind them
 * ("edge-site:" for edge-site's own, "not in the docs:" where the docs are silent on a Palette fact).
 */
final class RuleCitations {
    private static final String IR = "Edge Installer Configuration Reference";
    private static final String OVERLAY = "Enable Overlay Network";
    private static final String CLUSTER = "Create Cluster Definition, Prerequisites";
    private static final String ARCHITECTURE = "Edge Architecture";

    /** The Palette doc pages cited; a citation of one of them quotes its sentence. */
    static final java.util.List<String> PALETTE_PAGES = java.util.List.of(IR, OVERLAY, CLUSTER, ARCHITECTURE,
            "Prepare User Data", "Edge Host Registration", "Two-Node Architecture", "Configure networkd");

    private RuleCitations() {
    }

    static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("endpoint.default", "Prepare User Data: \"The Palette API endpoint to use. The default value is"
                    + " api.spectrocloud.com.\""),
            Map.entry("endpoint.invalid", IR + ", Site Parameters: paletteEndpoint \"The URL endpoint that points to"
                    + " Palette. Example: api.spectrocloud.com\" (a host name, no scheme)"),
            Map.entry("token.required", IR + ", Site Parameters: edgeHostToken \"A token created at the tenant scope"
                    + " that is required for auto registration.\""),
            Map.entry("token.recommended", "Edge Host Registration: \"To register the Edge host, you are required to use"
                    + " a registration token with all three registration options.\""),
            Map.entry("token.invalid", "edge-site: the token is pasted from Palette as one line of printable ASCII;"
                    + " anything else is a paste error"),
            Map.entry("project.invalid", IR + ", Site Parameters: projectUid \"The ID of the project\" (Palette's"
                    + " project IDs are letters and digits); a name is one line"),
            Map.entry("host-id.invalid", IR + ", Device ID (UID) Parameters: \"The length of the UID truncates to a"
                    + " maximum allowed length of 128 characters. The following characters are unsupported: / ? # & +"
                    + " % , $ ~ ! @ * () {} | = ; : <> ' . ^ \\\"\"; Site Parameters: \"Use the value \\\"$random\\\""
                    + " to generate a random ID\""),
            Map.entry("host-id.space", "edge-site: the host ID is typed into Palette for manual registration; a space"
                    + " is not in the reference's list but is easily lost"),
            Map.entry("host-id.recommended", IR + ", Site Parameters: \"In cases where the hardware does not have a"
                    + " serial number, we suggest that you specify a value so there is minimal chance of duplication.\""),
            Map.entry("prefix.invalid", IR + ", Site Parameters: prefix \"Only alphanumeric characters and - are"
                    + " allowed.\""),
            Map.entry("tag.key.invalid", IR + ", Site Parameters: tags \"Map of string and object value\" (any text;"
                    + " a tag needs a name, and no one can read a control character)"),
            Map.entry("tag.value.invalid", IR + ", Site Parameters: tags \"Map of string and object value\" (any"
                    + " text but control characters)"),
            Map.entry("registration-url.required", "Edge Host Registration, QR Code: \"Provide the URL of the deployed"
                    + " app to the Edge Installer user data. Use the stylus.site.registrationURL parameter.\""),
            Map.entry("registration-url.invalid", IR + ", Site Parameters: registrationURL \"The URL that operators"
                    + " use to register the Edge host with Palette.\""),
            Map.entry("ca-cert.not-pem", IR + ", Site Parameters: caCerts \"The certificates must be base64-encoded.\""
                    + " (PEM blocks in every example)"),
            Map.entry("ca-cert.private-key", "edge-site: caCerts are certificates Palette's agent trusts; a private key"
                    + " in them would be copied to every host and shown wherever the user-data is"),
            Map.entry("tls.insecure", IR + ", Site Parameters: insecureSkipVerify \"This controls whether or not a client verifies the"
                    + " server's certificate chain and hostname.\" (caCerts is the way to trust a private CA)"),
            Map.entry("hostname.invalid", IR + ", Site Parameters: hostName \"This will also be the node's name when"
                    + " the host is added to a cluster\" (Kubernetes node names are RFC 1123 names)"),
            Map.entry("ntp.invalid", IR + ", Site Parameters: ntpServers \"A list of NTP servers\" (host names or"
                    + " addresses)"),
            Map.entry("user.name.invalid", "passwd(5): the fields of /etc/passwd are separated by ':' and lines by"
                    + " newlines (yip writes the user into /etc/passwd)"),
            Map.entry("user.name.unusual", "useradd(8): \"Usernames may contain only lower and upper case letters,"
                    + " digits, underscores, or dashes\" (the default NAME_REGEX is lower-case)"),
            Map.entry("user.duplicate", "yip stage schema: users is a map keyed by user name; one name, one user"),
            Map.entry("user.no-login", "Prepare User Data, Configure Users: \"If you would like to have SSH access to"
                    + " your Edge host, you must configure Operating System (OS) users\""),
            Map.entry("user.password.invalid", "shadow(5): a password field is one line"),
            Map.entry("user.ssh-key.invalid", "sshd(8), AUTHORIZED_KEYS FILE FORMAT: \"Each line of the file contains"
                    + " one key\"; yip also takes github:USER, gitlab:USER and URLs"),
            Map.entry("user.group.invalid", "group(5): the fields of /etc/group are separated by ':'"),
            Map.entry("interface.name.invalid", "Linux include/uapi/linux/if.h: IFNAMSIZ is 16 with the terminating"
                    + " NUL; the name is written into shell commands and networkd [Match] lines"),
            Map.entry("interface.duplicate", IR + ", Site Network Parameters: interfaces \"accepts a map of keys named"
                    + " after your NICs\" (one entry per name)"),
            Map.entry("address.required", "Enable Overlay Network: \"If your host's physical IP address is static,"
                    + " ensure that you configure the IP address using the network block in your user-data file.\""),
            Map.entry("address.invalid", "Prepare User Data example: \"# Ip address including the mask bits\""
                    + " (ipAddress: 10.0.10.25/24), or a bare address with mask"),
            Map.entry("mask.invalid", IR + ", Site Network Parameters: mask \"The network mask for the assigned IP"
                    + " address.\" (a network mask is contiguous ones)"),
            Map.entry("address.is-network", "RFC 950 / RFC 919: the all-zeros host part names the subnet itself"),
            Map.entry("address.is-broadcast", "RFC 919: the all-ones host part is the subnet's broadcast address"),
            Map.entry("address.duplicate", "RFC 5227: one address on two interfaces of one host breaks ARP and"
                    + " routing"),
            Map.entry("address.subnet-shared", "Linux routing: two interfaces on one subnet give two equal routes; the"
                    + " kernel picks one"),
            Map.entry("address.too-many", "edge-site: bounds the pairwise overlap check (no edge host has 256"
                    + " addressed interfaces)"),
            Map.entry("mtu.invalid", "RFC 791: every IPv4 host must take datagrams of 68 octets; Linux links take at"
                    + " most 65535"),
            Map.entry("mtu.not-written", "not in the docs: " + IR + ", Site Network Parameters lists no MTU key"
                    + " (\"The network settings for each interface\": ipAddress, mask, type, gateway, nameserver); the"
                    + " on-host TUI sets a NIC's MTU"),
            Map.entry("gateway.invalid", IR + ", Site Network Parameters: gateway \"The network gateway IP address.\""),
            Map.entry("gateway.is-self", IR + ", Site Network Parameters: gateway \"The network gateway IP address.\""
                    + " (a router, not the host)"),
            Map.entry("gateway.outside-subnet", "RFC 1122 3.3.1.1: a gateway must be on a connected network"),
            Map.entry("dns.invalid", IR + ", Site Network Parameters: nameserver \"The IP address of the DNS nameserver"
                    + " for this interface.\" (one address)"),
            Map.entry("bond.members.missing", "systemd.netdev(5): a bond is made of the links whose .network file"
                    + " names it in Bond="),
            Map.entry("bond.member.undeclared", "systemd.network(5): Bond= \"The name of the bond to add the link"
                    + " to\" (the link must exist)"),
            Map.entry("bond.member.shared", "Linux bonding: a link is enslaved to at most one bond"),
            Map.entry("bond.member.addressed", "Linux bonding: an enslaved link carries no address of its own"),
            Map.entry("vlan.id.invalid", "IEEE 802.1Q: VLAN IDs 1 to 4094; Local UI: \"Must be a number between 1 and"
                    + " 4094\""),
            Map.entry("vlan.parent.unknown", "systemd.network(5): VLAN= is set in the parent link's .network file"),
            Map.entry("vlan.duplicate", "IEEE 802.1Q: one VLAN ID per parent link"),
            Map.entry("bridge.port.undeclared", "systemd.network(5): Bridge= \"The name of the bridge to add the link"
                    + " to\""),
            Map.entry("proxy.invalid", IR + ", Site Network Parameters: httpProxy \"The URL of the HTTP proxy"
                    + " endpoint.\""),
            Map.entry("no-proxy.invalid", IR + ", Site Network Parameters: noProxy \"The list of IP addresses or CIDR"
                    + " ranges to exclude from routing through the proxy.\""),
            Map.entry("no-proxy.unused", IR + ", Site Network Parameters: noProxy \"The list of IP addresses or CIDR ranges to exclude from"
                    + " routing through the proxy.\" (without a proxy it says nothing)"),
            Map.entry("dhcp.multi-nic", CLUSTER + ": \"If any of your Edge hosts have more than one Network Interface Card (NIC), you must"
                    + " either use static IP addresses or use network overlay. DHCP is not supported.\""),
            Map.entry("kubernetes.version.invalid", "Palette's Kubernetes packs are named by version, such as 1.32"),
            Map.entry("kubernetes.version.unsupported", ARCHITECTURE + ", Supported Configurations, Kubernetes Version: \"1.26.x - 1.27.x - 1.28.x - 1.29.x"
                    + " - 1.30.x - 1.31.x - 1.32.x - 1.33.x\""),
            Map.entry("nodes.invalid", "Kubernetes: a cluster has at least one node"),
            Map.entry("topology.two-node", "Two-Node Architecture, Limitations: \"Two-node clusters can only be deployed in central management"
                    + " mode.\"; \"Agent mode is not supported for two-node clusters\"; \"Two-node clusters only support K3s and"
                    + " Palette Optimized Canonical Kubernetes.\""),
            Map.entry("cni.unusual", ARCHITECTURE + ", Palette Edge Distribution, CNIs: \"Calico, Flannel\" for PXK-E, K3s and RKE2, \"Calico,"
                    + " Cilium\" for Palette Optimized Canonical"),
            Map.entry("pod-cidr.invalid", "Kubernetes: the pod CIDR is one IPv4 network block"),
            Map.entry("service-cidr.invalid", "Kubernetes: the service CIDR is one IPv4 network block"),
            Map.entry("cidr.pod-service-overlap", "Kubernetes: pod and service ranges must not overlap"),
            Map.entry("cidr.pod-host-overlap", "Kubernetes: a pod range that holds host addresses shadows them"),
            Map.entry("cidr.service-host-overlap", "Kubernetes: a service range that holds host addresses shadows them"),
            Map.entry("vip.required", CLUSTER + ": \"One IP address is required for the cluster's Virtual IP (VIP) address\"; " + OVERLAY
                    + ": \"The VIP field disappears and is replaced by Overlay CIDR range.\""),
            Map.entry("vip.invalid", "kube-vip: the VIP is one IPv4 address"),
            Map.entry("vip.is-host-address", "kube-vip: the VIP is an address no host holds"),
            Map.entry("vip.is-gateway", "kube-vip: the VIP is an address no other device holds"),
            Map.entry("vip.is-network-address", "RFC 950: the network address is not a host address"),
            Map.entry("vip.is-broadcast-address", "RFC 919: the broadcast address is not a host address"),
            Map.entry("vip.outside-subnet", "kube-vip ARP mode: the VIP is announced on the hosts' Layer-2 segment"),
            Map.entry("vip.unverified", "kube-vip ARP mode: the VIP must lie in the hosts' subnet, unknown without a"
                    + " static address"),
            Map.entry("vip.in-pod-cidr", "Kubernetes: an address inside the pod range is routed to pods"),
            Map.entry("vip.in-service-cidr", "Kubernetes: an address inside the service range is routed to services"),
            Map.entry("vip.external", IR + ", stylus.vip.skip: \"When set to true, the installer skips the configuration"
                    + " of kube-vip and enables the use of an external load balancer instead.\""),
            Map.entry("overlay.unsupported", OVERLAY + ", Prerequisites: \"Your cluster profile must have K3s, RKE2, or PXK-E as its Kubernetes"
                    + " distribution.\""),
            Map.entry("overlay.cidr.invalid", OVERLAY + ": \"Overlay CIDR Range\" is one IPv4 network block"),
            Map.entry("overlay.cidr.not-private", OVERLAY + ": \"provide a private IP range for your cluster to use. Ensure this range is not used"
                    + " by others in the same network environment.\" (private: RFC 1918, or RFC 6598 shared space)"),
            Map.entry("overlay.cidr.too-small", OVERLAY + ": \"The first IP address in the overlay CIDR range will be used as the overlay VIP\";"
                    + " Validate: \"For each host, the Private Ips column lists an overlay IP address within the CIDR range\""),
            Map.entry("overlay.cidr.host-overlap", OVERLAY + ": \"Ensure this range is not used by others in the same network environment.\""),
            Map.entry("overlay.cidr.pod-overlap", "Kubernetes: the overlay range must not overlap the pod range"),
            Map.entry("overlay.cidr.service-overlap", "Kubernetes: the overlay range must not overlap the service range"),
            Map.entry("overlay.vip", OVERLAY + ": \"The first IP address in the overlay CIDR range will be used as the"
                    + " overlay VIP\"; \"The overlay CIDR range cannot be changed after the cluster is created.\""),
            Map.entry("overlay.static-ip", OVERLAY + ", Limitations: \"If you configured static IP on any host of your"
                    + " cluster using the Terminal User Interface (TUI), enabling network overlay is not supported.\""),
            Map.entry("overlay.cni.scbr", OVERLAY + ": \"you only need to modify NICs on Edge hosts if you use a CNI"
                    + " pack other than Calico, Cilium, or Flannel\""),
            Map.entry("overlay.agent.networkd", "Configure networkd to Prepare Host for Overlay Network: \"overlay"
                    + " networks on Palette clusters rely on systemd-networkd and systemd-resolved to function\""),
            Map.entry("vmxnet3.offload", OVERLAY + ": \"If your host is a virtual machine using a VMXNET3 adapter, ensure"
                    + " that you add the following commands in the user-data file\""),
            Map.entry("install.poweroff-reboot", IR + ", Install Parameters: poweroff \"Whether to power off the Edge host"
                    + " after installation completes.\"; reboot \"Whether to reboot\" (one or the other)"),
            Map.entry("install.cmdline.invalid", IR + ", Install Parameters: grub_options.extra_cmdline \"Kernel"
                    + " command-line parameters\" (one line)"));
}
