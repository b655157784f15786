package io.edgesite.checks.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostFactsTest {
    static final long GIB = 1024L * 1024 * 1024;

    @ParameterizedTest
    @CsvSource({"0, 0.0 GiB", "1073741824, 1.0 GiB", "8321499136, 7.8 GiB", "107374182400, 100.0 GiB",
            "1395864371, 1.3 GiB", "1025000000, 1.0 GiB", "1020054732, 0.9 GiB"})
    void sizesReadAsAnOperatorWouldWriteThem(long bytes, String text) {
        assertThat(HostFacts.gib(bytes)).isEqualTo(text);
    }
}
