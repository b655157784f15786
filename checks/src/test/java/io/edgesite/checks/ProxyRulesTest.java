package io.edgesite.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** noProxy and the proxy URL as Go's httpproxy reads them; the rows are those of its proxy_test.go. */
class ProxyRulesTest {
    static final List<String> GO_NO_PROXY = List.of("foobar.com, .barbaz.net, *.wildcard.io, 192.168.1.1, 192.168.1.2:81,"
            + " 192.168.1.3:80, 10.0.0.0/30, 2001:db8::52:0:1, [2001:db8::52:0:2]:443, [2001:db8::52:0:3]:80,"
            + " 2002:db8:a::45/64");

    /** TestUseProxy, every row: the host on port 80, and whether the proxy is used. */
    @ParameterizedTest
    @CsvSource({"localhost,false", "127.0.0.1,false", "127.0.0.2,false", "[::1],false", "[::2],true",
        "barbaz.net,true", "www.barbaz.net,false", "foobar.com,false", "www.foobar.com,false", "foofoobar.com,true",
        "baz.com,true", "localhost.net,true", "local.localhost,true", "barbarbaz.net,true", "wildcard.io,true",
        "nested.wildcard.io,false", "awildcard.io,true", "192.168.1.1,false", "192.168.1.2,true", "192.168.1.3,false",
        "192.168.1.4,true", "10.0.0.2,false", "[2001:db8::52:0:1],false", "[2001:db8::52:0:2],true",
        "[2001:db8::52:0:3],false", "[2002:db8:a::123],false", "[fe80::424b:c8be:1643:a1b6],true"})
    void goesDirectAsGoDecides(String host, boolean useProxy) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        assertThat(NoProxy.of(GO_NO_PROXY).direct(bare, 80)).as(host).isEqualTo(!useProxy);
    }

    @ParameterizedTest
    @CsvSource({"'*',anything.example,true", "'example.com',example.com,true", "'.example.com',example.com,false",
        "'ample.com',example.com,false", "'example.com',foo.example.com,true", "'.foo.com',example.com,false",
        "'xn--fsq092h.com',www.示例.com,true", "'示例.com',www.xn--fsq092h.com,true", "'',example.com,false"})
    void domainRowsOfProxyForUrl(String noProxy, String host, boolean direct) {
        assertThat(NoProxy.of(List.of(noProxy)).direct(host, 443)).as(noProxy + " " + host).isEqualTo(direct);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1:8080,http,127.0.0.1,8080,false", "cache.corp.example.com:1234,http,cache.corp.example.com,1234,false",
        "cache.corp.example.com,http,cache.corp.example.com,80,false", "https://cache.corp.example.com,https,cache.corp.example.com,443,false",
        "socks5://127.0.0.1,socks5,127.0.0.1,1080,false", "http://u:p@proxy:3128,http,proxy,3128,true"})
    void proxyUrlsAsGoParsesThem(String url, String scheme, String host, int port, boolean credentials) {
        ProxyRoute r = ProxyRoute.parse(url).orElseThrow();
        assertThat(r.scheme()).isEqualTo(scheme);
        assertThat(r.host()).isEqualTo(host);
        assertThat(r.port()).isEqualTo(port);
        assertThat(r.hasCredentials()).isEqualTo(credentials);
        assertThat(r.toString()).doesNotContain(":p@");
    }
}
