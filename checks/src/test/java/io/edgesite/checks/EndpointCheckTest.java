package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgesite.checks.host.HostRoot;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointCheckTest {
    @TempDir
    Path dir;

    @Test
    void aNameThatDoesNotResolveFailsWithTheDnsRemedy() {
        HostFixture h = new HostFixture(dir);
        CheckResult r = new EndpointCheck().run(h.access(), Sites.base());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.summary()).isEqualTo("api.spectrocloud.com does not resolve");
        assertThat(r.remedy()).contains("DNS");
    }

    @Test
    void resolvedAndAcceptingPasses() {
        HostFixture h = new HostFixture(dir);
        h.network.dns.put("api.spectrocloud.com", List.of("3.5.7.9"));
        h.network.open.add("api.spectrocloud.com:443");
        CheckResult r = new EndpointCheck().run(h.access(), Sites.base());
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(r.evidence()).contains("DNS: api.spectrocloud.com -> 3.5.7.9", "TCP api.spectrocloud.com:443: connected");
    }

    @Test
    void throughTheProxyTheProxysAnswerDecides() {
        HostFixture h = new HostFixture(dir);
        var site = Sites.proxy(Sites.base(), "http://user:secret@proxy.shop:8080");
        h.network.proxyStatus = "HTTP/1.1 200 Connection established";
        CheckResult r = new EndpointCheck().run(h.access(), site);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
        assertThat(h.network.asked).contains("proxy proxy.shop:8080 CONNECT api.spectrocloud.com:443");
        assertThat(r.toString()).doesNotContain("secret");
        h.network.proxyStatus = "HTTP/1.1 403 Forbidden";
        assertThat(new EndpointCheck().run(h.access(), site).verdict()).isEqualTo(Verdict.FAIL);
    }

    /** Real sockets: a listener on a loopback address stands for Palette, then a proxy in front of it. */
    @Test
    void realConnectionsToALocalListenerAndThroughALocalProxy() throws Exception {
        try (ServerSocket palette = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
                ServerSocket proxy = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread accept = new Thread(() -> acceptForever(palette, proxy));
            accept.setDaemon(true);
            accept.start();
            var site = Sites.base().withRegistration(io.edgesite.model.Registration.Builder
                    .from(Sites.base().registration()).endpoint("127.0.0.1").build());
            HostAccess real = new HostAccess(new HostRoot(dir), Commands.system(), new SystemNetwork(), List.of(),
                    47411, palette.getLocalPort());
            CheckResult direct = new EndpointCheck().run(real, site);
            assertThat(direct.verdict()).as(direct.toString()).isEqualTo(Verdict.PASS);
            CheckResult viaProxy = new EndpointCheck().run(real,
                    Sites.proxy(site, "http://127.0.0.1:" + proxy.getLocalPort()));
            assertThat(viaProxy.verdict()).as(viaProxy.toString()).isEqualTo(Verdict.PASS);
            assertThat(viaProxy.evidence()).anyMatch(e -> e.endsWith("-> HTTP/1.1 200 Connection established"));
            int closed;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                closed = s.getLocalPort();
            }
            HostAccess refused = new HostAccess(new HostRoot(dir), Commands.system(), new SystemNetwork(), List.of(),
                    47411, closed);
            assertThat(new EndpointCheck().run(refused, site).verdict()).isEqualTo(Verdict.FAIL);
        }
    }

    private static void acceptForever(ServerSocket palette, ServerSocket proxy) {
        Thread p = new Thread(() -> {
            while (!proxy.isClosed()) {
                try (Socket s = proxy.accept()) {
                    InputStream in = s.getInputStream();
                    byte[] head = new byte[256];
                    int n = in.read(head);
                    String request = new String(head, 0, Math.max(0, n), StandardCharsets.US_ASCII);
                    s.getOutputStream().write((request.startsWith("CONNECT 127.0.0.1:" + palette.getLocalPort())
                            ? "HTTP/1.1 200 Connection established\r\n\r\n" : "HTTP/1.1 403 Forbidden\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return;
                }
            }
        });
        p.setDaemon(true);
        p.start();
        while (!palette.isClosed()) {
            try (Socket s = palette.accept()) {
                s.getOutputStream().flush();
            } catch (IOException e) {
                return;
            }
        }
    }
}
