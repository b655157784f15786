package io.edgesite.tui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.render.CidataIso;
import io.edgesite.render.Fleet;
import io.edgesite.render.FleetFiles;
import io.edgesite.render.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher started at a host's console with the inventory prepared at the office: it finds the host by
 * the MAC address of its NIC (a fixture host root), fills every field, and writes what fleet render writes for
 * that host; a host the inventory does not know is chosen from a list.
 */
class InventoryWizardIT {
    static final Path INVENTORY = Path.of("..", "examples", "fleet", "inventory.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    Path hostRoot(String mac) throws Exception {
        Path root = dir.resolve("host");
        write(root, "sys/class/net/enp1s0/address", mac + "\n");
        write(root, "sys/class/net/enp1s0/operstate", "up\n");
        write(root, "sys/class/net/enp1s0/device/uevent", "DRIVER=virtio_net\n");
        write(root, "proc/sys/kernel/hostname", "localhost\n");
        return root;
    }

    static void write(Path root, String rel, String text) throws Exception {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    String wizard(String term, Path root, Path output) {
        return "cd " + dir + " && env TERM=" + term + " LANG=C.UTF-8 " + WizardTmuxIT.LAUNCHER + " wizard --inventory "
                + INVENTORY + " --root " + root + " --draft " + dir.resolve("draft.yaml") + " --output " + output
                + "; echo EXIT=$?";
    }

    @Test
    void foundByTheMacOfItsNicItWritesWhatFleetRenderWritesForIt() throws Exception {
        Path output = dir.resolve("out").resolve("user-data");
        try (Tmux t = new Tmux("edge-site-inv-" + ProcessHandle.current().pid())) {
            t.start(wizard("linux", hostRoot("52:54:00:00:43:0B"), output), 80, 24);
            t.await("Host store-0043/store-0043-b of inventory.yaml, found by MAC of enp1s0.");
            t.keys("C-n");
            assertThat(t.await("Step 2 of 8")).contains("Edge host ID         store-0043-b", "retail-stores");
            for (int step = 3; step <= 8; step++) {
                t.keys("C-n");
                t.await("Step " + step + " of 8");
            }
            t.keys("Tab", "Space");
            t.await("ISO image            [x]");
            t.keys("C-n");
            t.await("The files are written");
            t.keys("Enter");
            t.await("EXIT=0");
        }
        Inventory inventory = Inventory.read(INVENTORY);
        Fleet.Checked checked = Fleet.check(inventory);
        Inventory.SiteEntry site = inventory.sites().get(1);
        Path root = dir.resolve("fleet");
        Map<Path, byte[]> fleet = FleetFiles.of(site, checked.bySite().get(site.name()), root, true, CidataIso.DEFAULT_DATE);
        Path host = root.resolve("store-0043").resolve("store-0043-b").toAbsolutePath();
        assertThat(Files.readAllBytes(output)).isEqualTo(fleet.get(host.resolve(FleetFiles.USER_DATA)));
        assertThat(Files.readAllBytes(output.resolveSibling(CidataIso.FILE_NAME)))
                .isEqualTo(fleet.get(host.resolve(CidataIso.FILE_NAME)));
    }

    @Test
    void aHostTheInventoryDoesNotKnowIsChosenFromTheList() throws Exception {
        try (Tmux t = new Tmux("edge-site-inv2-" + ProcessHandle.current().pid())) {
            t.start(wizard("vt100", hostRoot("52:54:00:99:99:99"), dir.resolve("user-data")), 80, 24);
            t.await("inventory.yaml: no host matches by MAC or host name; Choose host.");
            t.keys("Enter");
            assertThat(t.await("Which host is this?")).contains("store-0043/store-0043-c", "52:54:00:00:43:1c");
            t.type("wa");
            t.keys("Enter");
            t.await("Host warehouse-east/wh-east-1 of inventory.yaml, chosen.");
            t.keys("C-n");
            assertThat(t.await("Step 2 of 8")).contains("Edge host ID         wh-east-1", "warehouses");
        }
    }
}
