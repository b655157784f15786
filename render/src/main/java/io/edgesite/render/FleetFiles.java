package io.edgesite.render;

import io.edgesite.model.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one site of an inventory, under {@code DIR/<site>/}: each host's {@code <host>/user-data} (and its
 * cidata image), and for the cluster {@code cluster.json} and, when a profile is named, {@code main.tf}. Each
 * user-data is made by the one pipeline of {@link SiteFiles}, read back through lint.
 */
public final class FleetFiles {
    public static final String USER_DATA = "user-data";
    public static final String MAIN_TF = "main.tf";

    private FleetFiles() {
    }

    /** Thrown when a host's user-data does not read back cleanly: a fault of edge-site, named with the host. */
    public static final class Unwritable extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unwritable(String message) {
            super(message);
        }
    }

    /**
     * @param hosts the site's hosts, checked without errors
     * @param iso whether each host also gets its cidata image
     */
    public static Map<Path, byte[]> of(Inventory.SiteEntry site, List<Fleet.Host> hosts, Path root, boolean iso,
            Instant isoDate) {
        Path dir = root.resolve(site.name());
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Fleet.Host h : hosts) {
            Path hostDir = dir.resolve(h.entry().name());
            // checked by Fleet.check already; the written user-data is still read back and linted
            SiteFiles.Plan plan = SiteFiles.plan(h.site(), List.of(), hostDir.resolve(USER_DATA), false, null,
                    iso ? hostDir.resolve(CidataIso.FILE_NAME) : null, isoDate);
            if (!plan.writable()) {
                throw new Unwritable(site.name() + "/" + h.entry().name() + ": the user-data does not read back cleanly: "
                        + (plan.userDataErrors().isEmpty() ? plan.findings() : plan.userDataErrors()).get(0));
            }
            files.putAll(plan.files());
        }
        Site first = hosts.get(0).site();
        if (first.hasCluster()) {
            files.put(dir.resolve(SiteFiles.CLUSTER_FILE).toAbsolutePath(), utf8(ClusterDefinition.render(first)));
            List<Site> sites = hosts.stream().map(Fleet.Host::site).toList();
            if (ClusterTerraform.absent(site, sites).isEmpty()) {
                files.put(dir.resolve(MAIN_TF).toAbsolutePath(), utf8(ClusterTerraform.render(site.name(), site.profile(),
                        sites)));
            }
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
