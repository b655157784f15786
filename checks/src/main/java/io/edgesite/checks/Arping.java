package io.edgesite.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ARP requests for an address, sent by iputils' {@code arping} and not by the kernel's neighbour table: a
 * reply counts only when it comes during the check, whatever the table remembers (a STALE entry of a
 * released address is no answer). Several requests, staggered, so one lost reply is not a free address.
 */
final class Arping {
    private static final Pattern REPLY = Pattern.compile("reply from (\\S+) \\[([0-9A-Fa-f:]{17})\\]");

    /** Whether arping could run, the MAC addresses that answered, and what it printed. */
    record Reply(boolean ran, Set<String> macs, String why) {
        boolean answered() {
            return !macs.isEmpty();
        }
    }

    private Arping() {
    }

    /** {@code requests} requests from {@code nic}, {@code spacing} apart, each waiting up to a second. */
    static Reply ask(Commands commands, String nic, String address, int requests, Duration spacing) {
        List<CompletableFuture<Commands.Output>> runs = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long delay = spacing.toMillis() * i;
            runs.add(CompletableFuture.supplyAsync(() -> {
                sleep(delay);
                return commands.run(Duration.ofMillis(1500), List.of("arping", "-c", "1", "-w", "1", "-I", nic, address));
            }));
        }
        Set<String> macs = new TreeSet<>();
        String why = "";
        boolean ran = false;
        for (CompletableFuture<Commands.Output> run : runs) {
            Commands.Output o = run.join();
            if (o.missing()) {
                why = "arping is not installed (Debian and Ubuntu: iputils-arping)";
                continue;
            }
            ran = true;
            Matcher m = REPLY.matcher(o.out());
            while (m.find()) {
                if (m.group(1).equals(address)) {
                    macs.add(m.group(2).toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (o.exit() > 1) {
                why = o.err().strip();
            }
        }
        return new Reply(ran, macs, why);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
