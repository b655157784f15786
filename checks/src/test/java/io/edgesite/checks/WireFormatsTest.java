package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgesite.checks.host.HostRoot;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DNS and SNTP on the wire against small servers on loopback, and the text the host's tools print. */
class WireFormatsTest {
    @TempDir
    Path dir;

    /** A UDP server on loopback that answers one datagram with what {@code reply} makes of it (null: silence). */
    static DatagramSocket server(Function<byte[], byte[]> reply) throws Exception {
        DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            try {
                while (!s.isClosed()) {
                    DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
                    s.receive(p);
                    byte[] answer = reply.apply(java.util.Arrays.copyOf(p.getData(), p.getLength()));
                    if (answer != null) {
                        s.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
                    }
                }
            } catch (java.io.IOException e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
        return s;
    }

    /** The DNS answer a resolver gives: the question echoed, a CNAME, then an A record behind a pointer. */
    static byte[] dnsAnswer(byte[] query, int rcode, String... addresses) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.write(0x81);
        out.write(0x80 | rcode);
        out.writeBytes(new byte[] {0, 1, 0, (byte) (addresses.length + 1), 0, 0, 0, 0});
        out.write(query, 12, query.length - 12);
        out.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, 0, 2, (byte) 0xc0, 12});
        for (String a : addresses) {
            out.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4});
            for (String part : a.split("\\.")) {
                out.write(Integer.parseInt(part));
            }
        }
        return out.toByteArray();
    }

    @Test
    void dnsAnswersNxdomainAndSilence() throws Exception {
        try (DatagramSocket ok = server(q -> dnsAnswer(q, 0, "3.5.7.9", "3.5.7.10"));
                DatagramSocket nx = server(q -> dnsAnswer(q, 3));
                DatagramSocket silent = server(q -> null)) {
            assertThat(DnsQuery.ask("127.0.0.1", ok.getLocalPort(), "api.spectrocloud.com", Duration.ofSeconds(1)))
                    .containsExactly("3.5.7.9", "3.5.7.10");
            assertThatThrownBy(() -> DnsQuery.ask("127.0.0.1", nx.getLocalPort(), "nope.example", Duration.ofSeconds(1)))
                    .isInstanceOf(UnknownHostException.class);
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> DnsQuery.ask("127.0.0.1", silent.getLocalPort(), "x.example", Duration.ofMillis(300)))
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
        }
    }

    @Test
    void sntpOffsetsAreTheServersClockMinusOurs() throws Exception {
        long ahead = 40_000;
        try (DatagramSocket ntp = server(q -> {
            byte[] a = new byte[48];
            a[0] = 0x24;
            a[1] = 2;
            ByteBuffer b = ByteBuffer.wrap(a);
            b.putLong(24, ByteBuffer.wrap(q).getLong(40));
            long now = System.currentTimeMillis() + ahead;
            b.putLong(32, Sntp.toNtp(now));
            b.putLong(40, Sntp.toNtp(now));
            return a;
        })) {
            long offset = Sntp.offsetMillis("127.0.0.1", ntp.getLocalPort(), Duration.ofSeconds(1));
            assertThat(offset).isBetween(ahead - 50, ahead + 50);
        }
        assertThat(Sntp.fromNtp(Sntp.toNtp(1_796_141_358_123L))).isEqualTo(1_796_141_358_123L);
    }

    @Test
    void routesOfEveryTableFromIpJson() throws Exception {
        // as iproute2 6.1 prints them in a namespace with a route in table 100
        String json = "[{\"dst\":\"172.20.0.0/16\",\"dev\":\"d0\",\"table\":\"100\",\"scope\":\"link\",\"flags\":[]},"
                + "{\"dst\":\"default\",\"gateway\":\"10.5.0.1\",\"dev\":\"d0\",\"flags\":[]},"
                + "{\"dst\":\"10.5.0.0/24\",\"dev\":\"d0\",\"protocol\":\"kernel\",\"scope\":\"link\",\"prefsrc\":\"10.5.0.2\"},"
                + "{\"type\":\"local\",\"dst\":\"10.5.0.2\",\"dev\":\"d0\",\"table\":\"local\"},"
                + "{\"type\":\"broadcast\",\"dst\":\"10.5.0.255\",\"dev\":\"d0\",\"table\":\"local\"}]";
        assertThat(RouteTables.parse(json)).extracting(Object::toString).containsExactly(
                "172.20.0.0/16 dev d0 table 100", "0.0.0.0/0 via 10.5.0.1 dev d0", "10.5.0.0/24 dev d0");
    }

    @Test
    void aStatefulIptablesInputIsRecognised() {
        assertThat(LocalFirewall.fromIptables("-P INPUT DROP\n-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n"))
                .isPresent();
        assertThat(LocalFirewall.fromIptables("-P INPUT ACCEPT\n")).isEmpty();
        assertThat(LocalFirewall.fromNft("{\"nftables\": []}")).isEmpty();
    }

    @Test
    void targetsAndNameserversAsTheAnswersGiveThem() throws Exception {
        assertThat(Target.parse("api.spectrocloud.com", 443)).isEqualTo(new Target("api.spectrocloud.com", 443));
        assertThat(Target.parse("palette.shop:8443", 443)).isEqualTo(new Target("palette.shop", 8443));
        assertThat(Target.parse("https://registry.shop:5000/edge/images", 443)).isEqualTo(new Target("registry.shop", 5000));
        assertThat(Target.parse("[fd00::5]:5000", 443)).isEqualTo(new Target("fd00::5", 5000));
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/resolv.conf"), "# generated\nnameserver 127.0.0.53\noptions edns0\n");
        assertThat(Nameservers.of(Sites.base(), new HostRoot(dir))).isEqualTo(new Nameservers(List.of("127.0.0.53"),
                "/etc/resolv.conf"));
        assertThat(Nameservers.of(Sites.nameserver(Sites.base(), "10.99.0.53"), new HostRoot(dir)).servers())
                .containsExactly("10.99.0.53");
    }

    @Test
    void aFixtureHostsToolsPrintTheirFilesAndRunNothing() throws Exception {
        Files.createDirectories(dir.resolve("commands"));
        Files.writeString(dir.resolve("commands/ip -4 -j route show table all"), "[]\n");
        Files.writeString(dir.resolve("commands/arping -c 1 -w 1 -I eth0 10.0.0.9"), "");
        Files.writeString(dir.resolve("commands/arping -c 1 -w 1 -I eth0 10.0.0.9.exit"), "1\n");
        Commands c = Commands.fixtures(new HostRoot(dir));
        assertThat(c.run(Duration.ofSeconds(1), List.of("ip", "-4", "-j", "route", "show", "table", "all")))
                .isEqualTo(new Commands.Output(0, "[]\n", "", false));
        assertThat(c.run(Duration.ofSeconds(1), List.of("arping", "-c", "1", "-w", "1", "-I", "eth0", "10.0.0.9")).exit())
                .isEqualTo(1);
        assertThat(c.run(Duration.ofSeconds(1), List.of("ethtool", "-k", "eth0")).missing()).isTrue();
    }
}
