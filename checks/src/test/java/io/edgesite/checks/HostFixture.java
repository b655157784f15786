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
    final List<List<String>> ran = new ArrayList<>();
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
        List<Peer> answering = List.of();
        Map<String, List<String>> dns = new HashMap<>();
        List<String> open = new ArrayList<>();
        String proxyStatus;
        Runnable onPoke = () -> { };
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Peer> broadcast(String source, List<String> targets, int port, String hostId, Duration window,
                java.util.function.Predicate<java.util.Set<String>> enough) {
            asked.add("broadcast from " + source + " to " + targets + " port " + port);
            return answering;
        }

        @Override
        public void poke(String address) {
            asked.add("poke " + address);
            onPoke.run();
        }

        @Override
        public List<String> resolve(String name) throws IOException {
            asked.add("resolve " + name);
            if (!dns.containsKey(name)) {
                throw new java.net.UnknownHostException(name);
            }
            return dns.get(name);
        }

        @Override
        public void connect(String host, int port, Duration timeout) throws IOException {
            asked.add("connect " + host + ":" + port);
            if (!open.contains(host + ":" + port)) {
                throw new java.net.ConnectException("Connection refused");
            }
        }

        @Override
        public String connectThroughProxy(String proxyHost, int proxyPort, String host, int port, Duration timeout)
                throws IOException {
            asked.add("proxy " + proxyHost + ":" + proxyPort + " CONNECT " + host + ":" + port);
            if (proxyStatus == null) {
                throw new java.net.ConnectException("Connection refused");
            }
            return proxyStatus;
        }
    }
}
