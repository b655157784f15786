package io.edgesite.checks;

import io.edgesite.checks.host.HostRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A host made of files in a temporary directory, with canned command output and a scripted network:
 * what the checks read in tests instead of the machine they run on.
 */
final class HostFixture {
    final Path dir;
    final Map<List<String>, Commands.Output> outputs = new HashMap<>();
    final List<List<String>> ran = java.util.Collections.synchronizedList(new ArrayList<>());
    final FakeNetwork network = new FakeNetwork();
    final List<String> peers = new ArrayList<>();

    HostFixture(Path dir) {
        this.dir = dir;
        file("/proc/sys/kernel/arch", "x86_64");
    }

    static String captured(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/captured", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HostFixture file(String absolute, String text) {
        try {
            Path p = dir.resolve(absolute.substring(1));
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    HostFixture dir(String absolute) {
        try {
            Files.createDirectories(dir.resolve(absolute.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    HostFixture link(String absolute, String target) {
        try {
            Path p = dir.resolve(absolute.substring(1));
            Files.createDirectories(p.getParent());
            Files.deleteIfExists(p);
            Files.createSymbolicLink(p, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A network card as sysfs shows it; driver null for a virtual one. */
    HostFixture nic(String name, String driver, boolean carrier) {
        file("/sys/class/net/" + name + "/operstate", carrier ? "up" : "down");
        file("/sys/class/net/" + name + "/carrier", carrier ? "1" : "0");
        file("/sys/class/net/" + name + "/address", "00:50:56:00:00:0" + name.length());
        if (driver != null) {
            file("/sys/class/net/" + name + "/device/uevent", "DRIVER=" + driver);
            link("/sys/class/net/" + name + "/device/driver", "../../../../bus/pci/drivers/" + driver);
        }
        return this;
    }

    HostFixture hardware(int cores, long memKiB, long diskSectors, boolean rotational) {
        StringBuilder cpu = new StringBuilder();
        for (int i = 0; i < cores; i++) {
            cpu.append("processor\t: ").append(i).append("\nmodel name\t: Test CPU\n\n");
        }
        file("/proc/cpuinfo", cpu.toString());
        file("/proc/meminfo", "MemTotal:       " + memKiB + " kB\nMemFree:         1000 kB\n");
        file("/sys/block/sda/size", Long.toString(diskSectors));
        file("/sys/block/sda/queue/rotational", rotational ? "1" : "0");
        return this;
    }

    /** The output a command gives; commands not given are "not installed". */
    HostFixture command(String output, String... argv) {
        outputs.put(List.of(argv), new Commands.Output(0, output, "", false));
        return this;
    }

    HostFixture failing(int exit, String err, String... argv) {
        outputs.put(List.of(argv), new Commands.Output(exit, "", err, false));
        return this;
    }

    HostFixture addresses(String ipOutput) {
        return command(ipOutput, "ip", "-o", "-4", "addr", "show");
    }

    HostAccess access() {
        Commands commands = (Duration timeout, List<String> argv) -> {
            ran.add(argv);
            return outputs.getOrDefault(argv, Commands.Output.notInstalled(argv.get(0)));
        };
        return new HostAccess(new HostRoot(dir), commands, network, peers, 47411, 443);
    }

    /** A network that answers as the test says, and records what was asked. */
    static final class FakeNetwork implements Network {
        final List<ProbeExchange.Heard> heard = new ArrayList<>();
        final Map<String, List<String>> dns = new HashMap<>();
        final java.util.Set<String> silentDns = new java.util.HashSet<>();
        TlsOutcome tls;
        IOException unreachable = new java.net.ConnectException("Connection refused");
        final Map<String, Long> clocks = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        /** An answer from {@code address} to a probe, with this host's send time 100000 and receive time 100010. */
        FakeNetwork answers(String address, String hostId, ProbeExchange.Probe probe, int parameter, String seen,
                String ports, int length, long peerClock) {
            ProbeMessage m = ProbeMessage.probe("n", "peer-" + address, hostId, 0, false, false)
                    .answer("peer-" + address, hostId, peerClock, length, seen, ports);
            heard.add(new ProbeExchange.Heard(address, 47411, probe, parameter, m, length, 100_000, 100_010));
            return this;
        }

        /** A healthy peer: broadcast and unicast answered, every size and both VXLAN ports pass, clock right. */
        FakeNetwork healthy(String address, String hostId, int mtu) {
            answers(address, hostId, ProbeExchange.Probe.BROADCAST, 0, "-", "4789,8472", 100, 100_005);
            answers(address, hostId, ProbeExchange.Probe.UNICAST, 0, "n-b0", "4789,8472", 100, 100_005);
            answers(address, hostId, ProbeExchange.Probe.MTU, mtu - 28, "-", "4789,8472", 100, 100_005);
            answers(address, hostId, ProbeExchange.Probe.MTU, mtu - 28, "-", "4789,8472", mtu - 28, 100_005);
            answers(address, hostId, ProbeExchange.Probe.PORT, 4789, "-", "4789,8472", 100, 100_005);
            return answers(address, hostId, ProbeExchange.Probe.PORT, 8472, "-", "4789,8472", 100, 100_005);
        }

        @Override
        public ProbeExchange.Result exchange(ProbeExchange.Plan plan) {
            asked.add("probe from " + plan.source() + " to " + plan.broadcasts() + " and " + plan.peers() + " port "
                    + plan.port() + " sizes " + plan.mtuSizes() + " overlay ports " + plan.overlayPorts());
            return new ProbeExchange.Result(heard, Map.of());
        }

        @Override
        public List<String> lookup(String server, String name, Duration timeout) throws IOException {
            asked.add("dns " + server + " " + name);
            if (silentDns.contains(server)) {
                throw new java.net.SocketTimeoutException("silent");
            }
            if (!dns.containsKey(name)) {
                throw new java.net.UnknownHostException(name + ": no such name (NXDOMAIN)");
            }
            return dns.get(name);
        }

        @Override
        public TlsOutcome handshake(String address, String name, int port, java.util.Optional<ProxyRoute> proxy,
                List<java.security.cert.X509Certificate> extra, Duration timeout) throws IOException {
            asked.add("tls " + address + " " + name + ":" + port + proxy.map(p -> " via " + p + (p.hasCredentials()
                    ? " " + p.authorization() : "")).orElse("") + " trusting " + extra.size());
            if (tls == null) {
                throw unreachable;
            }
            return tls;
        }

        @Override
        public long clockOffset(String server, Duration timeout) throws IOException {
            asked.add("sntp " + server);
            if (!clocks.containsKey(server)) {
                throw new java.net.SocketTimeoutException("silent");
            }
            return clocks.get(server);
        }
    }
}
