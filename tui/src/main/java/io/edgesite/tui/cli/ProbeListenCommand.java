package io.edgesite.tui.cli;

import io.edgesite.checks.ProbeMessage;
import io.edgesite.checks.ProbeResponder;
import io.edgesite.checks.SourcePolicy;
import io.edgesite.checks.host.HostRoot;
import io.edgesite.palette.Overlay;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site probe listen}: answers the probes of other hosts by unicast until stopped. */
@Command(name = "listen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Answer the probes of hosts running edge-site check, by unicast, until stopped (Ctrl-C) or the"
                + " timeout: on the probe port, and on the overlay's VXLAN ports while they are free. Only hosts on"
                + " a connected subnet are answered, at most 10 answers a second each and 100 in all.")
final class ProbeListenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--interface", paramLabel = "NIC", description = "answer only senders on this NIC's subnets")
    String nic;

    @Option(names = "--port", paramLabel = "PORT", description = "UDP port (default ${DEFAULT-VALUE})")
    int port = ProbeMessage.DEFAULT_PORT;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop after this long (default: never)")
    long timeout;

    @Option(names = "--host-id", paramLabel = "ID", description = "the name given in answers (default: the host name)")
    String hostId;

    @Option(names = "--ipv6", description = "answer IPv6 senders too (IPv4 only by default)")
    boolean ipv6;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535 || timeout < 0) {
            err.println("edge-site: --port takes 1 to 65535 and --timeout a number of seconds");
            return ExitCodes.USAGE;
        }
        if (nic != null && NetworkInterface.getByName(nic) == null) {
            err.println("edge-site: --interface " + nic + ": no such interface");
            return ExitCodes.USAGE;
        }
        SourcePolicy first = SourcePolicy.system(nic, ipv6);
        AtomicReference<SourcePolicy> current = new AtomicReference<>(first);
        Supplier<SourcePolicy> policy = () -> {
            try {
                current.set(SourcePolicy.system(nic, ipv6));
            } catch (SocketException e) {
                // the interfaces could not be listed this time: the last known ones still hold
            }
            return current.get();
        };
        String id = hostId != null ? hostId : HostRoot.system().read("/proc/sys/kernel/hostname").orElse("edge-host");
        try (ProbeResponder responder = new ProbeResponder(port, Overlay.VXLAN_PORTS, id, policy, ipv6)) {
            err.println("edge-site: answering probes on UDP " + responder.port() + (nic == null ? "" : " from " + nic
                    + " " + first.subnets()) + " as " + id + "; VXLAN ports answered: "
                    + (responder.extraPorts().equals("-") ? "none (in use)" : responder.extraPorts())
                    + (timeout > 0 ? "; for " + timeout + " s" : "; Ctrl-C stops"));
            err.flush();
            responder.serve(Duration.ofSeconds(timeout), line -> {
                err.println("edge-site: " + line);
                err.flush();
            });
            err.println("edge-site: sent " + responder.answered() + " answer(s)");
        } catch (SocketException e) {
            err.println("edge-site: cannot listen on UDP " + port + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("edge-site: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        return ExitCodes.OK;
    }
}
