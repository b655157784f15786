package io.edgesite.tui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftStoreTest {
    @Test
    void theDraftGoesWhereTheXdgStateDirectorySaysForRootToo() {
        Map<String, String> env = Map.of("XDG_STATE_HOME", "/srv/state", "HOME", "/home/op");
        assertThat(DraftStore.standard(env, false).file()).isEqualTo(Path.of("/srv/state/edge-site/draft.yaml"));
        assertThat(DraftStore.standard(env, true).file()).isEqualTo(Path.of("/srv/state/edge-site/draft.yaml"));
    }

    @Test
    void withoutOneRootKeepsItUnderVarLibAndAnOperatorInTheirHome() {
        Map<String, String> env = Map.of("HOME", "/home/op", "XDG_STATE_HOME", " ");
        assertThat(DraftStore.standard(env, true).file()).isEqualTo(Path.of("/var/lib/edge-site/draft.yaml"));
        assertThat(DraftStore.standard(env, false).file()).isEqualTo(Path.of("/home/op/.local/state/edge-site/draft.yaml"));
    }
}
