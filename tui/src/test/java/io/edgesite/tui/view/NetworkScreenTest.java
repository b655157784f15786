package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.edgesite.model.Addressing;
import io.edgesite.model.Bond;
import io.edgesite.model.BondMode;
import io.edgesite.model.Network;
import io.edgesite.model.Site;
import io.edgesite.render.UserDataRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network screen: NICs of any name, bonds, VLANs and bridges added and removed by keystrokes; scrolling. */
class NetworkScreenTest {
    @TempDir
    Path dir;

    static VirtualWizard toNetwork(VirtualWizard w) throws Exception {
        for (int i = 0; i < 3; i++) {
            w.focus("Next").enter();
        }
        assertThat(w.screenText()).contains("Step 4 of 8", "Network");
        return w;
    }

    static Network network(VirtualWizard w) {
        return w.app.wizard().site().site().network();
    }

    @Test
    void theHostsNicIsListedAndAFreeFormOneCanBeAdded() throws Exception {
        VirtualWizard w = toNetwork(new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir));
        // the answers' NIC first, then the one found on the host
        assertThat(w.line("NIC 1")).contains("enp1s0");
        assertThat(w.line("NIC 2")).contains("ens192");
        w.focus("Add NIC").enter();
        // the host's NICs are all in the form already: the list offers a name typed by hand
        assertThat(w.screenText()).contains("another name: type it");
        w.type("a").enter();
        assertThat(w.focusedRowText().strip()).startsWith("NIC 3");
        w.type("enp9s0");
        assertThat(network(w).nics()).extracting(n -> n.name()).containsExactly("enp1s0", "ens192", "enp9s0");
    }

    @Test
    void aBondWithAVlanAndABridgeIsBuiltFromTheKeyboard() throws Exception {
        VirtualWizard w = toNetwork(new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir));
        w.focus("Add bond").enter();
        assertThat(w.focusedRowText().strip()).startsWith("Bond 1");
        w.type("bond0");
        w.key(KeyType.Tab).type("enp1s0, ens192");
        w.key(KeyType.Tab).key(KeyType.ArrowRight).key(KeyType.ArrowRight).key(KeyType.ArrowRight); // active-backup -> balance-xor -> broadcast -> 802.3ad
        w.key(KeyType.Tab).key(KeyType.Tab).type("10.20.0.10/24");
        w.key(KeyType.Tab).type("10.20.0.1");
        w.focus("Add VLAN").enter();
        w.type("bond0");
        w.key(KeyType.Tab).type("20");
        w.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).type("10.30.0.10/24");
        w.focus("Add bridge").enter();
        w.type("br0");
        w.key(KeyType.Tab).type("bond0.20");
        w.key(KeyType.Tab).key(KeyType.ArrowLeft); // static -> dhcp: Left steps back
        Network n = network(w);
        assertThat(n.bonds()).containsExactly(new Bond("bond0", java.util.List.of("enp1s0", "ens192"), BondMode.LACP,
                io.edgesite.model.IpConfig.staticAddress("10.20.0.10/24", "10.20.0.1", "")));
        assertThat(n.vlans()).singleElement().satisfies(v -> {
            assertThat(v.interfaceName()).isEqualTo("bond0.20");
            assertThat(v.ip().address()).isEqualTo("10.30.0.10/24");
        });
        assertThat(n.bridges()).singleElement().satisfies(b -> {
            assertThat(b.ports()).containsExactly("bond0.20");
            assertThat(b.ip().addressing()).isEqualTo(Addressing.DHCP);
        });
        // the members are still DHCP NICs: the rules say so next to the bond, and Next is refused
        w.focus("Next").enter();
        assertThat(w.screenText()).contains("Step 4 of 8");
        String rendered = UserDataRenderer.render(w.app.wizard().site().site());
        assertThat(rendered).contains("bond0:", "Mode=802.3ad", "bond0.20");
    }

    @Test
    void removingAnEntryMovesTheLaterOnesUpWithTheirValues() throws Exception {
        VirtualWizard w = toNetwork(new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir));
        w.focus("Add NIC").enter().type("a").enter().type("enp7s0");
        w.focus("Remove NIC 2").enter();
        assertThat(w.screenText()).contains("Remove NIC 2 and what it holds? y/n");
        w.type("y");
        assertThat(network(w).nics()).extracting(n -> n.name()).containsExactly("enp1s0", "enp7s0");
        assertThat(w.screenText()).doesNotContain("ens192");
        assertThat(w.app.wizard().form().get("network.nics.count")).isEqualTo("2");
    }

    @Test
    void aLongScreenScrollsWithTheFocusAndEveryFieldIsReachable() throws Exception {
        VirtualWizard w = toNetwork(new VirtualWizard(WizardWindowTest.example("vmo-bonded-vlans.yaml"), dir));
        assertThat(w.screenText()).contains("more below (Tab)");
        w.focus("Global DNS");
        String screen = w.screenText();
        assertThat(screen).contains("more above (Shift-Tab)", "Global DNS");
        assertThat(w.focusedRowText()).contains("Global DNS");
        // everything still fits in 80x24: header, hints and buttons are on screen
        assertThat(screen).contains("Step 4 of 8", "Esc back", "Next");
        // and back up to the first field
        for (int i = 0; i < 120 && !w.focusedRowText().strip().startsWith("NIC 1"); i++) {
            w.key(KeyType.ReverseTab);
        }
        assertThat(w.focusedRowText().strip()).startsWith("NIC 1");
        assertThat(w.screenText()).doesNotContain("more above");
    }

    @Test
    void aVlanIdThatIsNotANumberIsReportedNextToIt() throws Exception {
        VirtualWizard w = toNetwork(new VirtualWizard(WizardWindowTest.example("single-dhcp-vip.yaml"), dir));
        w.focus("Add VLAN").enter().type("enp1s0");
        w.key(KeyType.Tab).type("ten");
        w.key(KeyType.Tab);
        assertThat(w.screenText()).contains("give a whole number: 1 to 4094");
        assertThat(w.app.wizard().form().get("network.vlans[0].id")).isEqualTo("ten");
    }

    @Test
    void writtenUserDataCarriesTheNetworkAsBuilt() throws Exception {
        Site site = WizardWindowTest.example("vmo-bonded-vlans.yaml");
        VirtualWizard w = new VirtualWizard(site, dir);
        for (int i = 0; i < 7; i++) {
            w.focus("Next").enter();
        }
        w.focus("Write").enter();
        assertThat(w.screenText()).contains("The files are written");
        String written = Files.readString(dir.resolve("user-data"));
        assertThat(written).isEqualTo(UserDataRenderer.render(w.app.wizard().site().site()));
        assertThat(w.app.wizard().site().site().network().bonds()).isEqualTo(site.network().bonds());
        assertThat(w.app.wizard().site().site().network().vlans()).isEqualTo(site.network().vlans());
        assertThat(w.app.wizard().site().site().network().bridges()).isEqualTo(site.network().bridges());
    }
}
