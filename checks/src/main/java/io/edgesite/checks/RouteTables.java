package io.edgesite.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every IPv4 route in every table, as {@code ip -j route show table all} prints them: policy routing and
 * VPN tables hold routes that {@code /proc/net/route}, the main table only, does not show.
 */
final class RouteTables {
    private RouteTables() {
    }

    /** The routes, or empty when {@code ip} cannot tell (then only the main table can be read). */
    static Optional<List<KernelRoutes.Route>> read(Commands commands) {
        Commands.Output o = commands.run(Duration.ofSeconds(1), List.of("ip", "-4", "-j", "route", "show", "table", "all"));
        if (!o.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(o.out()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<KernelRoutes.Route> parse(String json) throws IOException {
        List<KernelRoutes.Route> out = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(json)) {
            String type = r.path("type").asText("unicast");
            String dst = r.path("dst").asText("");
            // the local table's own addresses and broadcasts are addresses, read from fib_trie, not routes
            if (type.equals("broadcast") || type.equals("local") || dst.isEmpty()) {
                continue;
            }
            IPAddressString d = new IPAddressString(dst.equals("default") ? "0.0.0.0/0" : dst);
            if (!d.isIPv4()) {
                continue;
            }
            IPv4Address block = d.getAddress().toIPv4();
            block = block.getNetworkPrefixLength() == null ? block.setPrefixLength(32, false) : block.toPrefixBlock();
            IPAddressString gw = r.has("gateway") ? new IPAddressString(r.path("gateway").asText()) : null;
            out.add(new KernelRoutes.Route(r.path("dev").asText("?"), block, gw != null && gw.isIPv4()
                    ? gw.getAddress().toIPv4() : null,
                    r.path("table").asText("main")));
        }
        return out;
    }
}
