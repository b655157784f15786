package io.edgesite.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * This host's own input firewall, as {@code nft -j list ruleset} (or {@code iptables -S INPUT}) shows it:
 * whether new inbound packets are dropped while replies to connections the host opened are let in. That
 * stateful shape (firewalld's, ufw's) lets unicast answers in but drops the answers to a broadcast, which
 * match no connection.
 */
final class LocalFirewall {
    private LocalFirewall() {
    }

    /** A description of a stateful input policy that drops new packets, or empty when none is seen. */
    static Optional<String> statefulDrop(Commands commands) {
        Commands.Output nft = commands.run(Duration.ofSeconds(1), List.of("nft", "-j", "list", "ruleset"));
        if (nft.ok()) {
            return fromNft(nft.out());
        }
        Commands.Output ipt = commands.run(Duration.ofSeconds(1), List.of("iptables", "-S", "INPUT"));
        return ipt.ok() ? fromIptables(ipt.out()) : Optional.empty();
    }

    static Optional<String> fromNft(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (JsonNode item : root.path("nftables")) {
            JsonNode chain = item.path("chain");
            if (!chain.path("hook").asText().equals("input")) {
                continue;
            }
            String family = chain.path("family").asText();
            if (!family.equals("inet") && !family.equals("ip")) {
                continue;
            }
            boolean stateful = false;
            boolean dropsAtEnd = chain.path("policy").asText().equals("drop");
            for (JsonNode other : root.path("nftables")) {
                JsonNode rule = other.path("rule");
                if (!rule.path("chain").asText().equals(chain.path("name").asText())
                        || !rule.path("table").asText().equals(chain.path("table").asText())
                        || !rule.path("family").asText().equals(family)) {
                    continue;
                }
                String expr = rule.path("expr").toString();
                if (expr.contains("\"state\"") && expr.contains("established") && expr.contains("\"accept\"")) {
                    stateful = true;
                }
                if (!expr.contains("\"match\"") && (expr.contains("\"drop\"") || expr.contains("\"reject\""))) {
                    dropsAtEnd = true;
                }
            }
            if (stateful && dropsAtEnd) {
                return Optional.of("nft: chain " + family + " " + chain.path("table").asText() + " "
                        + chain.path("name").asText() + " accepts established and related packets and drops the rest");
            }
        }
        return Optional.empty();
    }

    static Optional<String> fromIptables(String rules) {
        boolean drops = rules.lines().anyMatch(l -> l.equals("-P INPUT DROP") || l.matches("-A INPUT -j (DROP|REJECT).*"));
        boolean stateful = rules.lines().anyMatch(l -> l.contains("ESTABLISHED") && l.contains("-j ACCEPT"));
        return drops && stateful ? Optional.of("iptables: INPUT accepts established and related packets and drops the rest")
                : Optional.empty();
    }
}
