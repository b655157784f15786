package io.edgesite.tui.cli;

import io.edgesite.render.CidataIso;
import io.edgesite.render.FileSet;
import io.edgesite.render.Fleet;
import io.edgesite.render.FleetFiles;
import io.edgesite.render.Inventory;
import io.edgesite.render.OutputPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code edge-site fleet render}: every site's files under one folder. Nothing is written while the inventory has
 * an error; each site's files are replaced all or none, and the sites are written in parallel.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check an inventory as fleet lint does, then write DIR/<site>/<host>/user-data (and "
                + CidataIso.FILE_NAME + " with --iso), DIR/<site>/cluster.json and DIR/<site>/main.tf (when the site"
                + " names a cluster profile). Files are written with mode 0600; files already in DIR are replaced, none"
                + " are removed.",
            "Exit 0 when written, 1 with errors in the inventory (nothing written), 2 when it cannot be read or a site"
                + " cannot be written."})
final class FleetRenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FleetCommand.Options options;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "the folder the sites are written in")
    String output;

    @Option(names = "--iso", description = "also a cidata image of each host's user-data, for a USB drive")
    boolean iso;

    @Option(names = "--jobs", paramLabel = "N", description = "sites written at once (default: the number of CPUs)")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1 || jobs > 256) {
            err.println("edge-site: --jobs is a number from 1 to 256");
            return ExitCodes.USAGE;
        }
        Path root = Path.of(output).toAbsolutePath();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            err.println("edge-site: " + output + ": " + OutputPath.refusal(root) + "; --output names a folder");
            return ExitCodes.USAGE;
        }
        // findings as fleet lint prints them: JSON on stdout (stderr keeps the plain lines), text on stderr
        Fleet.Checked checked = options.check(options.judging.stream(spec.commandLine().getOut(), err));
        if (checked == null) {
            return ExitCodes.USAGE;
        }
        if (checked.hasErrors()) {
            err.println("edge-site: nothing written; fix the errors above (edge-site fleet lint shows them alone)");
            return ExitCodes.FINDINGS;
        }
        Instant date = CidataIso.date(System.getenv("SOURCE_DATE_EPOCH"));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, checked.inventory().sites().size())));
        List<Future<Integer>> written = new ArrayList<>();
        Map<String, List<Fleet.Host>> bySite = checked.bySite();
        try {
            for (Inventory.SiteEntry site : checked.inventory().sites()) {
                List<Fleet.Host> hosts = bySite.getOrDefault(site.name(), List.of());
                written.add(pool.submit(() -> write(site, hosts, root, date)));
            }
            int files = 0;
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                try {
                    files += written.get(i).get();
                } catch (ExecutionException e) {
                    String name = checked.inventory().sites().get(i).name();
                    failed.add(name);
                    err.println("edge-site: " + name + ": nothing written: " + e.getCause().getMessage());
                }
            }
            // the sites that were written are synced whether or not others failed
            String unsynced = null;
            try {
                if (Files.isDirectory(root)) {
                    FileSet.syncFileSystem(root);
                }
            } catch (IOException e) {
                unsynced = e.getMessage();
            }
            if (!failed.isEmpty()) {
                err.println("edge-site: " + failed.size() + " of " + written.size() + " sites not written: "
                        + String.join(", ", failed));
                return ExitCodes.USAGE;
            }
            if (unsynced != null) {
                err.println("edge-site: written, but not synced to disk: " + unsynced);
                return ExitCodes.USAGE;
            }
            err.println("edge-site: wrote " + checked.inventory().sites().size() + " site(s), " + checked.hosts().size()
                    + " host(s), " + files + " files under " + root);
            return ExitCodes.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One site's files, all or none; the file system is synced once when every site is written. */
    private int write(Inventory.SiteEntry site, List<Fleet.Host> hosts, Path root, Instant date) throws IOException {
        var files = FleetFiles.of(site, hosts, root, iso, date);
        FileSet.writeBytes(files, false);
        return files.size();
    }
}
