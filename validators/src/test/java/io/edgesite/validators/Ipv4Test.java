package io.edgesite.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4Test {
    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "192.168.1.254", "100.64.0.1", "0.0.0.0", "255.255.255.255"})
    void acceptsPlainAddresses(String s) {
        assertThat(Ipv4.address(s).ok()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "10.0.0", "10.0.0.256", "010.0.0.1", "10.0.0.01", "10.0.0.1/24", "10.0.0.*",
            "10.0.0.1-5", "0x0a.0.0.1", "167772161", "::1", "fe80::1", "10.0.0.1 ", "10.0.0.1;rm -rf /",
            "10.0.0.1\n10.0.0.2", "１０.0.0.1", "abc"})
    void rejectsEverythingElseAsAnAddress(String s) {
        Ipv4.Parsed p = Ipv4.address(s);
        assertThat(p.ok()).as(s).isFalse();
        assertThat(p.problem()).isNotBlank().doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.5/24, 10.0.0.0/24", "100.64.193.0/23, 100.64.192.0/23", "192.168.1.1/16, 192.168.0.0/16"})
    void cidrWithHostBitsSuggestsTheNetwork(String given, String suggestion) {
        Ipv4.Parsed p = Ipv4.cidr(given);
        assertThat(p.ok()).isFalse();
        assertThat(p.problem()).contains("host bits").contains("did you mean " + suggestion + "?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "100.64.192.0/23", "192.168.0.0/16", "10.1.2.3/32"})
    void acceptsProperBlocks(String s) {
        assertThat(Ipv4.cidr(s).ok()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "10.0.0.0/08", "10.0.0.0/-1", "10.0.0.0/", "/24", "10.0.0.0/24/24"})
    void rejectsMalformedBlocks(String s) {
        assertThat(Ipv4.cidr(s).ok()).as(s).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/8, true", "172.16.0.0/12, true", "172.31.0.0/16, true", "192.168.10.0/24, true",
            "100.64.192.0/23, true", "100.127.0.0/16, true", "100.128.0.0/16, false", "172.32.0.0/16, false",
            "8.8.8.0/24, false", "192.169.0.0/16, false", "10.0.0.0/7, false"})
    void privateOrSharedMeansInsideRfc1918OrRfc6598(String block, boolean expected) {
        assertThat(Ipv4.isPrivateOrShared(Ipv4.cidr(block).value())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"100.64.192.0/23, 100.64.192.1", "10.0.0.0/24, 10.0.0.1", "172.16.0.0/12, 172.16.0.1",
            "192.168.255.0/24, 192.168.255.1"})
    void overlayVipIsTheFirstUsableAddress(String cidr, String vip) {
        assertThat(OverlayNetwork.previewVip(cidr)).isEqualTo(vip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100.64.192", "100.64.192.0", "100.64.193.0/23", "100.64.192.0/32"})
    void overlayVipPreviewIsEmptyWhileTheRangeIsNotUsable(String cidr) {
        assertThat(OverlayNetwork.previewVip(cidr)).isEmpty();
    }
}
