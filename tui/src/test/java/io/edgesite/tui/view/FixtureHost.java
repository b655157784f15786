package io.edgesite.tui.view;

import io.edgesite.checks.Commands;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.Network;
import io.edgesite.checks.host.HostRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The host the wizard's checks see in these tests: a VMware VM with one VMXNET3 NIC (ens192) and enough
 * hardware, no tools but {@code ip} installed, and a network where nobody answers.
 */
public final class FixtureHost {
    private FixtureHost() {
    }

    public static HostAccess create(Path root) {
        try {
            vmwareRoot(root);
            int port;
            try (DatagramSocket s = new DatagramSocket(0)) {
                port = s.getLocalPort();
            }
            Commands commands = (timeout, argv) -> argv.equals(List.of("ip", "-o", "-4", "addr", "show"))
                    ? new Commands.Output(0, "2: ens192    inet 10.0.10.25/24 brd 10.0.10.255 scope global ens192\\\n", "", false)
                    : Commands.Output.notInstalled(argv.get(0));
            return new HostAccess(new HostRoot(root), commands, new Silent(), List.of(), port, 443);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's files: a host root for `edge-site check --root`, too. */
    public static Path vmwareRoot(Path root) throws IOException {
        write(root, "proc/sys/kernel/arch", "x86_64");
        write(root, "proc/cpuinfo", "processor\t: 0\nprocessor\t: 1\nprocessor\t: 2\nprocessor\t: 3\n");
        write(root, "proc/meminfo", "MemTotal:       16384000 kB\n");
        write(root, "sys/block/sda/size", "500000000");
        write(root, "sys/block/sda/queue/rotational", "0");
        write(root, "sys/class/net/ens192/carrier", "1");
        write(root, "sys/class/net/ens192/operstate", "up");
        write(root, "sys/class/dmi/id/sys_vendor", "VMware, Inc.");
        Path driver = root.resolve("sys/class/net/ens192/device/driver");
        Files.createDirectories(driver.getParent());
        if (!Files.isSymbolicLink(driver)) {
            Files.createSymbolicLink(driver, Path.of("../../../bus/pci/drivers/vmxnet3"));
        }
        return root;
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    /** Nobody answers a probe, no DNS server answers, nothing accepts a connection. */
    static final class Silent implements Network {
        public io.edgesite.checks.ProbeExchange.Result exchange(io.edgesite.checks.ProbeExchange.Plan plan) {
            return new io.edgesite.checks.ProbeExchange.Result(List.of(), java.util.Map.of());
        }

        public List<String> lookup(String server, String name, java.time.Duration timeout) throws IOException {
            throw new java.net.SocketTimeoutException("silent");
        }

        public io.edgesite.checks.TlsOutcome handshake(String address, String name, int port,
                java.util.Optional<io.edgesite.checks.ProxyRoute> proxy, List<java.security.cert.X509Certificate> extra,
                java.time.Duration timeout) throws IOException {
            throw new java.net.ConnectException("Connection refused");
        }

        public long clockOffset(String server, java.time.Duration timeout) throws IOException {
            throw new java.net.SocketTimeoutException("silent");
        }
    }
}
