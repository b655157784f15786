package io.edgesite.tui.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import io.edgesite.render.FileSet;
import io.edgesite.validators.Ipv4;
import io.edgesite.checks.CheckResult;
import io.edgesite.checks.CheckSuite;
import io.edgesite.checks.Commands;
import io.edgesite.checks.HostAccess;
import io.edgesite.checks.ProbeMessage;
import io.edgesite.checks.SystemNetwork;
import io.edgesite.checks.Verdict;
import io.edgesite.checks.host.HostRoot;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edge-site check}: the host prerequisite checks, headless. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check this host against Palette's prerequisites for the given answers: hardware, NICs,"
                + " Layer-2 broadcast between hosts, VMXNET3 offload, networkd, CIDR clashes, VIP in use,"
                + " endpoint reachability, clock.",
        footer = {"", "Exit codes: 0 every check passed, 1 a check failed, 2 usage or unreadable input,"
                + " 3 warnings or checks that could not run only."})
final class CheckCommand implements Callable<Integer> {
    static final int WARNINGS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE", description = "the answers to check the host for")
    String answers;

    @Option(names = "--from", paramLabel = "USER-DATA", description = "or a user-data file")
    String from;

    @Option(names = "--json", description = "print the results as JSON")
    boolean json;

    @Option(names = "--root", paramLabel = "DIR", description = "check a host seen only as files: /sys, /proc, /etc and /run"
            + " under DIR, each tool's output in DIR/commands/<command line>; nothing of this host is read and no"
            + " packet is sent")
    Path root;

    @Option(names = "--peer", paramLabel = "ADDRESS", split = ",",
            description = "another host that must answer the broadcast probe (repeat or separate with commas;"
                    + " default: nodes - 1 answers from anyone)")
    List<String> peers = new ArrayList<>();

    @Option(names = "--probe-port", paramLabel = "PORT", description = "UDP port of the broadcast probe (default ${DEFAULT-VALUE})")
    int probePort = ProbeMessage.DEFAULT_PORT;

    @Option(names = "--apply-fixes", description = "apply the fixes the checks offer (VMXNET3 step, networkd stages)"
            + " to the answers file given with --answers")
    boolean applyFixes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (applyFixes && answers == null) {
            err.println("edge-site: --apply-fixes writes the answers file: give it with --answers");
            return ExitCodes.USAGE;
        }
        List<String> expected = new ArrayList<>();
        for (String p : peers) {
            Ipv4.Parsed peer = Ipv4.address(p);
            if (!peer.ok()) {
                err.println("edge-site: --peer " + p + ": not an IPv4 address");
                return ExitCodes.USAGE;
            }
            expected.add(peer.value().toString());
        }
        if (probePort < 1 || probePort > 65535) {
            err.println("edge-site: --probe-port takes 1 to 65535");
            return ExitCodes.USAGE;
        }
        Site site;
        try {
            site = AnswersInput.readEither(answers, from, err);
        } catch (AnswersInput.Refused e) {
            return e.code();
        }
        if (root != null && !Files.isDirectory(root)) {
            err.println("edge-site: --root " + root + ": not a directory");
            return ExitCodes.USAGE;
        }
        HostAccess host = root != null ? HostAccess.fixture(new HostRoot(root), expected)
                : new HostAccess(HostRoot.system(), Commands.system(), new SystemNetwork(), expected, probePort, 443);
        long t0 = System.nanoTime();
        List<CheckResult> results = CheckSuite.standard().run(host, site, id -> { }, r -> { });
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        if (json) {
            out.println(json(results, elapsedMs));
        } else {
            table(results, out);
        }
        out.flush();
        if (applyFixes) {
            Site fixed = site;
            for (CheckResult r : results) {
                if (r.fix().isPresent()) {
                    fixed = r.fix().get().apply().apply(fixed);
                    err.println("edge-site: " + r.id() + ": " + r.fix().get().description() + " (" + answers + ")");
                }
            }
            if (fixed != site) {
                FileSet.write(Path.of(answers), AnswersFormat.write(fixed));
            }
        }
        int code = CheckSuite.exitCode(results);
        return code == 3 ? WARNINGS : code;
    }

    static void table(List<CheckResult> results, PrintWriter out) {
        for (CheckResult r : results) {
            out.println(String.format(Locale.ROOT, "%-13s %-20s %s", r.verdict().word().toUpperCase(Locale.ROOT), r.id(),
                    r.title() + ": " + r.summary()));
            if (r.verdict() != Verdict.PASS) {
                r.evidence().forEach(e -> out.println("    " + e));
                if (!r.remedy().isBlank()) {
                    out.println("    remedy: " + r.remedy());
                }
                r.fix().ifPresent(f -> out.println("    fix (--apply-fixes): " + f.description()));
            }
        }
        long fails = results.stream().filter(r -> r.verdict() == Verdict.FAIL).count();
        long warns = results.stream().filter(r -> r.verdict() == Verdict.WARN || r.verdict() == Verdict.COULD_NOT_RUN).count();
        out.println(results.size() + " checks: " + (results.size() - fails - warns) + " passed, " + fails + " failed, "
                + warns + " with warnings or not run");
    }

    static String json(List<CheckResult> results, long elapsedMs) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("verdict", r.verdict().word());
            m.put("summary", r.summary());
            m.put("evidence", r.evidence());
            m.put("remedy", r.remedy());
            m.put("settings", r.settings());
            r.fix().ifPresent(f -> m.put("fix", f.description()));
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exitCode", CheckSuite.exitCode(results));
        doc.put("elapsedMs", elapsedMs);
        doc.put("checks", list);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }
}
