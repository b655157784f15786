package io.edgesite.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void wrapsAtWordsAndKeepsIndentation() {
        assertThat(Text.wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
        assertThat(Text.wrap("    key: a long value here", 16)).containsExactly("    key: a long", "      value here");
        assertThat(Text.wrap("a\n\nb", 5)).containsExactly("a", "", "b");
    }

    @Test
    void noLineIsWiderThanAsked() {
        String ssh = "  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyForDocsAndItIsLong operator@example";
        List<String> lines = Text.wrap(ssh, 30);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(ssh.replace(" ", ""));
    }

    @Test
    void fitCutsAtAWord() {
        assertThat(Text.fit("short", 10)).isEqualTo("short");
        assertThat(Text.fit("one two three four five", 15)).isEqualTo("one two...");
    }
}
