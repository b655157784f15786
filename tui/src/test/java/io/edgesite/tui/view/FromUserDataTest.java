package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.edgesite.render.UserDataParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wizard --from a user-data file: what edge-site writes itself (the VMXNET3 step) comes back as fields. */
class FromUserDataTest {
    @TempDir
    Path dir;

    static final String USER_DATA = "#cloud-config\nstylus:\n  site:\n    paletteEndpoint: api.spectrocloud.com\n"
            + "    edgeHostToken: aUAxxxxxxxxx0ChYCrO\n    name: vm-edge-1\n    network:\n      interfaces:\n"
            + "        ens192: {type: static, ipAddress: 10.0.10.25/24, gateway: 10.0.10.1}\n"
            + "        ens224: {type: static, ipAddress: 10.0.20.25/24}\n"
            + "stages:\n  initramfs:\n    - name: Create users\n      users:\n        kairos:\n          passwd: s3cret\n"
            + "    - name: Disable UDP segmentation\n      commands:\n"
            + "        - ethtool --offload ens192 tx-udp_tnl-segmentation off\n"
            + "        - ethtool --offload ens192 tx-udp_tnl-csum-segmentation off\n"
            + "        - ethtool --offload ens224 tx-udp_tnl-segmentation off\n"
            + "        - ethtool --offload ens224 tx-udp_tnl-csum-segmentation off\n";

    static io.edgesite.model.Network network(VirtualWizard w) {
        return w.app.wizard().site().site().network();
    }

    @Test
    void bothVmxnet3NicsShowTickedAndUntickingOneWritesExactlyTheOthersLines() throws Exception {
        VirtualWizard w = new VirtualWizard(UserDataParser.parse(USER_DATA).site(), dir);
        w.enter(); // welcome -> registration
        w.focus("Next").enter();
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Network");
        // each NIC's VMXNET3 box, reached from the keyboard, is ticked
        w.focus("VMXNET3");
        assertThat(w.focusedRowText()).containsIgnoringCase("[x]");
        w.focus("NIC 2");
        w.focus("VMXNET3");
        assertThat(w.focusedRowText()).containsIgnoringCase("[x]");
        // untick the second NIC's
        w.key(KeyType.Enter);
        assertThat(w.focusedRowText()).contains("[ ]");
        assertThat(network(w).nics()).extracting(io.edgesite.model.Nic::vmxnet3).containsExactly(true, false);
        w.focus("Next").enter();
        // the cluster settings are not in a user-data file: the wizard's defaults (no overlay, Calico) stand, and
        // the NIC still marked keeps its step all the same
        assertThat(w.screenText()).contains("Cluster Config", "<calico>");
        w.focus("Enable overlay");
        assertThat(w.focusedRowText()).contains("[ ]");
        w.focus("VIP").type("10.0.10.200");
        for (int i = 0; i < 6 && !w.screenText().contains("User-data file"); i++) {
            w.focus("Next").enter();
        }
        assertThat(w.screenText()).contains("User-data file");
        w.focus("Write").enter();
        assertThat(w.screenText()).contains("The files are written");
        String written = Files.readString(dir.resolve("user-data"));
        List<String> ethtool = written.lines().filter(l -> l.contains("ethtool")).map(String::strip).toList();
        assertThat(ethtool).containsExactly("- ethtool --offload ens192 tx-udp_tnl-segmentation off",
                "- ethtool --offload ens192 tx-udp_tnl-csum-segmentation off");
        assertThat(UserDataParser.parse(written).findings()).filteredOn(f -> f.isError()).isEmpty();
    }
}
