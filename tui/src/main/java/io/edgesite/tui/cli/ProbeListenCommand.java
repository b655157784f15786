package io.edgesite.tui.cli;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.edgesite.checks.ProbeMessage;
import io.edgesite.checks.ProbeResponder;
import io.edgesite.checks.host.HostRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site probe listen}: answers broadcast probes by unicast until stopped. */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = "Answer the broadcast probes of hosts running edge-site check, by unicast, until stopped"
                + " (Ctrl-C) or the timeout.")
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

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535 || timeout < 0) {
            err.println("edge-site: --port takes 1 to 65535 and --timeout a number of seconds");
            return ExitCodes.USAGE;
        }
        List<IPAddress> subnets = new ArrayList<>();
        if (nic != null) {
            NetworkInterface ni = NetworkInterface.getByName(nic);
            if (ni == null) {
                err.println("edge-site: --interface " + nic + ": no such interface");
                return ExitCodes.USAGE;
            }
            subnets.addAll(subnets(ni));
        }
        List<IPAddress> allLocal = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            allLocal.addAll(subnets(ni));
        }
        Predicate<InetAddress> accept = a -> {
            IPAddress from = new IPAddressString(a.getHostAddress()).getAddress();
            // a directed broadcast address as a sender is no host to answer
            if (allLocal.stream().anyMatch(s -> s.getPrefixLength() < 31 && s.getUpper().withoutPrefixLength().equals(from))) {
                return false;
            }
            return subnets.isEmpty() || subnets.stream().anyMatch(s -> s.contains(from));
        };
        String id = hostId != null ? hostId : HostRoot.system().read("/proc/sys/kernel/hostname")
                .orElse("edge-host");
        try (ProbeResponder responder = new ProbeResponder(port, id, accept)) {
            err.println("edge-site: answering probes on UDP " + responder.port() + (nic == null ? "" : " from " + nic
                    + " " + subnets) + " as " + id + (timeout > 0 ? " for " + timeout + " s" : "; Ctrl-C stops"));
            err.flush();
            responder.serve(Duration.ofSeconds(timeout), line -> {
                err.println("edge-site: " + line);
                err.flush();
            });
            err.println("edge-site: answered " + responder.answered() + " probe(s)");
        } catch (SocketException e) {
            err.println("edge-site: cannot listen on UDP " + port + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("edge-site: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        return ExitCodes.OK;
    }

    private static List<IPAddress> subnets(NetworkInterface ni) {
        List<IPAddress> out = new ArrayList<>();
        for (InterfaceAddress a : ni.getInterfaceAddresses()) {
            if (a.getAddress() instanceof Inet4Address) {
                out.add(new IPAddressString(a.getAddress().getHostAddress() + "/" + a.getNetworkPrefixLength())
                        .getAddress().toPrefixBlock());
            }
        }
        return out;
    }
}
