package io.edgesite.tui.netns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small LAN of real hosts: network namespaces ns1..nsN, each with a veth whose peer sits on a Linux
 * bridge in a namespace of its own, addresses 10.99.0.i/24. The host's own namespace is not touched.
 */
final class Lan implements AutoCloseable {
    final String prefix;
    final int hosts;
    private final List<Process> processes = new ArrayList<>();

    Lan(String prefix, int hosts) throws IOException, InterruptedException {
        this.prefix = prefix;
        this.hosts = hosts;
        removeLeftovers();
        sh("ip netns add " + bridge());
        sh("ip -n " + bridge() + " link add br0 type bridge");
        sh("ip -n " + bridge() + " link set br0 up");
        for (int i = 1; i <= hosts; i++) {
            String ns = ns(i);
            sh("ip netns add " + ns);
            sh("ip link add veth" + i + " netns " + ns + " type veth peer name bv" + i + " netns " + bridge());
            sh("ip -n " + bridge() + " link set bv" + i + " master br0");
            sh("ip -n " + bridge() + " link set bv" + i + " up");
            sh("ip -n " + ns + " link set lo up");
            sh("ip -n " + ns + " addr add 10.99.0." + i + "/24 dev veth" + i);
            sh("ip -n " + ns + " link set veth" + i + " up");
        }
    }

    String ns(int i) {
        return prefix + "-h" + i;
    }

    String bridge() {
        return prefix + "-br";
    }

    /** Drops broadcast IPv4 frames on the bridge (ARP still passes, so unicast keeps working). */
    void dropBroadcasts() throws IOException, InterruptedException {
        sh("ip netns exec " + bridge() + " nft add table bridge edgetest");
        sh("ip netns exec " + bridge() + " nft add chain bridge edgetest forward "
                + "'{ type filter hook forward priority 0; policy accept; }'");
        sh("ip netns exec " + bridge() + " nft add rule bridge edgetest forward ether daddr ff:ff:ff:ff:ff:ff ether type ip drop");
    }

    void passBroadcasts() throws IOException, InterruptedException {
        sh("ip netns exec " + bridge() + " nft delete table bridge edgetest");
    }

    /** Starts a long-running command inside host {@code i}; it is stopped when the LAN closes. */
    Process start(int i, List<String> command) throws IOException {
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", ns(i)));
        argv.addAll(command);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        processes.add(p);
        return p;
    }

    /** Runs a command inside host {@code i} and returns its exit code and output. */
    Result run(int i, List<String> command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", ns(i)));
        argv.addAll(command);
        Process p = new ProcessBuilder(argv).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + argv);
        }
        return new Result(p.exitValue(), out, err);
    }

    record Result(int exit, String out, String err) {
    }

    /** Applies nft commands (one per line of an nft script) inside a namespace. */
    void nft(String namespace, String... commands) throws IOException, InterruptedException {
        java.nio.file.Path script = java.nio.file.Files.createTempFile("edge-site-nft", ".nft");
        try {
            java.nio.file.Files.writeString(script, String.join("\n", commands) + "\n");
            sh("ip netns exec " + namespace + " nft -f " + script);
        } finally {
            java.nio.file.Files.deleteIfExists(script);
        }
    }

    /** As {@link #nft}, ignoring failure: for clean-up of what may not exist. */
    void nftQuiet(String namespace, String... commands) {
        try {
            nft(namespace, commands);
        } catch (IOException | InterruptedException e) {
            // nothing to remove
        }
    }

    /** The resolv.conf that `ip netns exec` shows to programs run in host {@code i}. */
    void resolvConf(int i, String text) throws IOException {
        java.nio.file.Path d = java.nio.file.Path.of("/etc/netns", ns(i));
        java.nio.file.Files.createDirectories(d);
        java.nio.file.Files.writeString(d.resolve("resolv.conf"), text);
    }

    /** Waits until a TCP port accepts connections inside host {@code i}. */
    void awaitTcp(int i, String address, int port) throws IOException, InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            Result r = run(i, List.of("python3", "-c", "import socket; socket.create_connection(('" + address + "', "
                    + port + "), 0.2).close()"));
            if (r.exit() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException(address + ":" + port + " never accepted a connection in " + ns(i));
    }

    static void shQuiet(String command) {
        try {
            sh(command);
        } catch (IOException | InterruptedException e) {
            // nothing to undo
        }
    }

    static String sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command + ": " + out);
        }
        return out;
    }

    private void removeLeftovers() throws IOException, InterruptedException {
        for (String line : sh("ip netns list").lines().toList()) {
            String name = line.split(" ")[0];
            if (name.startsWith(prefix + "-")) {
                sh("ip netns del " + name);
            }
        }
        for (int i = 1; i <= hosts; i++) {
            sh("rm -rf /etc/netns/" + ns(i));
        }
    }

    /** Stops what was started and removes every namespace, the bridge and the veths with them. */
    @Override
    public void close() throws IOException, InterruptedException {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        removeLeftovers();
    }
}
