package io.edgesite.tui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TtySetupTest {
    @Test
    void theLaunchersHandOverGivesTheSavedSettingsAndTheSizeWithoutRunningStty() throws Exception {
        TtySetup.Result r = TtySetup.start(Map.of("EDGE_SITE_TTY", "500:5:bf:8a3b:3:1c:7f:15 40 132")).adopt();
        assertThat(r.saved()).isEqualTo("500:5:bf:8a3b:3:1c:7f:15");
        assertThat(r.size()).isEqualTo(new TerminalSize(132, 40));
    }

    @Test
    void aSerialLineWithNoKernelSizeHandsOverNoSize() throws Exception {
        assertThat(TtySetup.start(Map.of("EDGE_SITE_TTY", "500:5:bf:8a3b ")).adopt())
                .isEqualTo(new TtySetup.Result("500:5:bf:8a3b", null));
        assertThat(TtySetup.start(Map.of("EDGE_SITE_TTY", "500:5:bf:8a3b 0 0")).adopt().size()).isNull();
    }

    @Test
    void sttysOwnOutputReadsTheSameAsTheHandOver() {
        assertThat(TtySetup.Result.of("500:5:bf:8a3b\n24 80\n"))
                .isEqualTo(new TtySetup.Result("500:5:bf:8a3b", new TerminalSize(80, 24)));
    }
}
