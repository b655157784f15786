package io.edgesite.checks;

import io.edgesite.palette.Vmxnet3;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.host.HostRoot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of kernel tables and tool output, on output captured in a network namespace here. */
class HostReadersTest {
    @TempDir
    Path dir;

    @Test
    void ethtoolOffloadsOfAVethAndAVirtioNic() {
        Map<String, Offloads.State> veth = Offloads.parse(HostFixture.captured("ethtool-k-veth.txt"));
        assertThat(veth.get(Vmxnet3.FEATURES.get(0))).isEqualTo(new Offloads.State(true, false, "on"));
        assertThat(veth.get(Vmxnet3.FEATURES.get(1))).isEqualTo(new Offloads.State(true, false, "on"));
        assertThat(veth.get("tx-checksum-ipv4")).isEqualTo(new Offloads.State(false, true, "off [fixed]"));
        assertThat(veth).doesNotContainKey("Features for veth3");
        Map<String, Offloads.State> virtio = Offloads.parse(HostFixture.captured("ethtool-k-virtio.txt"));
        assertThat(virtio.get(Vmxnet3.FEATURES.get(0))).isEqualTo(new Offloads.State(false, true, "off [fixed]"));
    }

    @Test
    void routesAndLocalAddresses() {
        HostFixture h = new HostFixture(dir).file("/proc/net/route", HostFixture.captured("proc-net-route.txt"))
                .file("/proc/net/fib_trie", HostFixture.captured("proc-net-fib_trie.txt"));
        HostRoot root = new HostRoot(dir);
        assertThat(KernelRoutes.routes(root)).extracting(Object::toString)
                .containsExactly("0.0.0.0/0 via 10.99.0.1 dev veth3", "10.99.0.0/24 dev veth3");
        assertThat(KernelRoutes.localAddresses(root)).containsExactly("10.99.0.3", "127.0.0.1");
        assertThat(h.dir).isEqualTo(dir);
    }

    @Test
    void interfaceAddressesFromIp() {
        assertThat(InterfaceAddresses.parse(HostFixture.captured("ip-o-4-addr-show.txt")))
                .hasToString("{lo=[127.0.0.1/8], veth3=[10.99.0.3/24]}");
        assertThat(InterfaceAddresses.parse("5: eth0@if12    inet 10.1.0.5/16 brd 10.1.255.255 scope global eth0\n"))
                .containsOnlyKeys("eth0");
    }
}
